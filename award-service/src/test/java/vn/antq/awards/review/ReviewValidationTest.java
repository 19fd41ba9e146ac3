package vn.antq.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.awards.KonTum;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class ReviewValidationTest {

    static final LocalDate TODAY = KonTum.TODAY;

    final ReviewValidation validation = KonTum.REVIEW_RULES;

    static ReviewForm konTumFinalReview() {
        return KonTum.finalReview();
    }

    static ReviewForm with(ReviewForm f, String organiser, List<String> agencies) {
        return new ReviewForm(f.kind(), organiser, agencies, f.level(), f.locality(), f.heldOn(), f.periodFrom(),
                f.periodTo(), f.title());
    }

    static ReviewForm dated(ReviewForm f, LocalDate heldOn, LocalDate from, LocalDate to) {
        return new ReviewForm(f.kind(), f.organiser(), f.agencies(), f.level(), f.locality(), heldOn, from, to, f.title());
    }

    @Test
    void theJointFinalReviewOfKonTumIsValidUnderTheCodesOfTheDayItWasHeld() {
        ReviewValidation.Valid valid = validation.check(konTumFinalReview(), TODAY).value();

        assertThat(valid.details().organiser()).isEqualTo("JOINT");
        assertThat(valid.details().agencies()).containsExactly("WOMEN_UNION", "POLICE", "VETERANS", "FARMERS");
        assertThat(valid.details().locality().province()).isEqualTo("62");
        assertThat(valid.place().displayName()).contains("Kon Tum");
    }

    @Test
    void aReviewOfOneAgencyListsJustThatAgency() {
        ReviewValidation.Valid valid = validation.check(
                with(konTumFinalReview(), "WOMEN_UNION", null), TODAY).value();

        assertThat(valid.details().agencies()).containsExactly("WOMEN_UNION");
    }

    @Test
    void aJointReviewNeedsAtLeastTwoKnownDistinctAgencies() {
        assertThat(fields(with(konTumFinalReview(), "JOINT", List.of("WOMEN_UNION")))).containsExactly("agencies");
        assertThat(fields(with(konTumFinalReview(), "JOINT", List.of("WOMEN_UNION", "ARMY")))).containsExactly("agencies[1]");
        assertThat(fields(with(konTumFinalReview(), "JOINT", List.of("POLICE", "POLICE")))).containsExactly("agencies[1]");
    }

    @Test
    void aSingleOrganiserCannotListOtherAgencies() {
        assertThat(fields(with(konTumFinalReview(), "POLICE", List.of("POLICE", "FARMERS")))).containsExactly("agencies");
        assertThat(fields(with(konTumFinalReview(), "ARMY", null))).containsExactly("organiser");
    }

    @Test
    void aReviewHeldInTheFutureIsRefused() {
        ReviewForm f = konTumFinalReview();
        assertThat(fields(dated(f, TODAY.plusDays(1), f.periodFrom(), f.periodTo()))).contains("heldOn");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0001-06-01", "1800-01-01", "-999999999-01-01",
            "1999-12-31", "2100-01-01"})
    void aDateOutsideTheBusinessRangeIsRefusedOnItsOwnField(String date) {
        ReviewForm f = konTumFinalReview();
        LocalDate outside = LocalDate.parse(date);
        assertThat(fields(dated(f, outside, f.periodFrom(), f.periodTo()))).contains("heldOn").doesNotContain("periodTo");
        assertThat(fields(dated(f, f.heldOn(), outside, f.periodTo()))).containsExactly("periodFrom");
        assertThat(fields(dated(f, f.heldOn(), f.periodFrom(), outside))).containsExactly("periodTo");
        Checked<ReviewValidation.Valid> invalid = validation.check(
                dated(f, outside, f.periodFrom(), f.periodTo()), TODAY);
        assertThat(invalid.problems()).filteredOn(p -> p.field().equals("heldOn")).singleElement()
                .satisfies(p -> assertThat(p.messageVi()).contains("nằm ngoài khoảng cho phép (từ 2000-01-01 đến 2099-12-31)"));
    }

    @Test
    void thePeriodMustStartBeforeItEndsAndEndByTheDayOfTheReview() {
        ReviewForm f = konTumFinalReview();
        assertThat(fields(dated(f, f.heldOn(), f.periodTo(), f.periodTo()))).containsExactly("periodTo");
        assertThat(fields(dated(f, f.heldOn(), f.periodTo(), f.periodFrom()))).containsExactly("periodTo");
        assertThat(fields(dated(f, f.heldOn(), f.periodFrom(), f.heldOn().plusDays(1)))).containsExactly("periodTo");
        assertThat(validation.check(dated(f, f.heldOn(), f.periodFrom(), f.heldOn()), TODAY))
                .isInstanceOf(Checked.Valid.class);
    }

    @Test
    void kontumsProvinceCodeIsUnknownForAReviewHeldAfterThe2025Reform() {
        ReviewForm f = konTumFinalReview();
        assertThat(fields(dated(f, LocalDate.of(2025, 8, 1), f.periodFrom(), f.periodTo()))).contains("locality.province");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        ReviewForm empty = new ReviewForm(null, null, null, null, null, null, null, null, " ");

        assertThat(fields(empty)).containsExactlyInAnyOrder("kind", "organiser", "level", "title", "heldOn",
                "periodFrom", "periodTo", "locality.province");
    }

    private List<String> fields(ReviewForm form) {
        Checked<ReviewValidation.Valid> outcome = validation.check(form, TODAY);
        assertThat(outcome).isInstanceOf(Checked.Invalid.class);
        return outcome.problems().stream().map(Problem::field).toList();
    }
}
