package vn.antq.awards.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.antq.awards.KonTum;
import vn.antq.awards.Submitted.FormLocality;
import vn.antq.awards.review.Review;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class NominationValidationTest {

    static final Review KON_TUM_FINAL_REVIEW = KonTum.finalReviewHeld("r-1");

    final NominationValidation validation = new NominationValidation(Gazetteer.official(),
            code -> KnownAgencies.find(code).isPresent(),
            id -> id.equals("r-1") ? Optional.of(KON_TUM_FINAL_REVIEW) : Optional.empty());

    static Nomination merit(String reviewId, FormLocality locality) {
        return new Nomination(AwardForm.CERTIFICATE_OF_MERIT, RecipientType.COLLECTIVE, " Hội LHPN xã Đắk Pne ",
                "WOMEN_UNION", locality, reviewId, "Có thành tích xuất sắc", List.of("a-1", "a-1", "a-2"), null);
    }

    @Test
    void aNominationAtTheKonTumReviewReadsItsLocalityAsOfTheDayOfTheReview() {
        NominationValidation.Valid valid = validation.check(
                merit("r-1", new FormLocality("62", "615", "23500")), KonTum.TODAY).value();

        assertThat(valid.details().recipientName()).isEqualTo("Hội LHPN xã Đắk Pne");
        assertThat(valid.details().localityAsOf()).isEqualTo(KON_TUM_FINAL_REVIEW.details().heldOn());
        assertThat(valid.details().activityIds()).containsExactly("a-1", "a-2");
        assertThat(valid.details().modelIds()).isEmpty();
        assertThat(valid.review()).isEqualTo(KON_TUM_FINAL_REVIEW);
    }

    @Test
    void withoutAReviewTheLocalityIsReadAsOfToday() {
        assertThat(fields(merit(null, new FormLocality("62", null, null)))).containsExactly("locality.province");
        assertThat(validation.check(merit(null, new FormLocality("51", null, null)), KonTum.TODAY))
                .isInstanceOf(Checked.Valid.class);
    }

    @Test
    void anUnknownReviewIsRefusedOnTheReviewIdField() {
        assertThat(fields(merit("r-404", new FormLocality("62", null, null)))).containsExactly("reviewId");
    }

    @Test
    void theRecipientMustBeInsideTheReviewsLocality() {
        assertThat(fields(merit("r-1", new FormLocality("64", null, null)))).containsExactly("locality");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        Nomination empty = new Nomination(null, null, "", null, null, null, null, null, null);

        assertThat(fields(empty)).containsExactlyInAnyOrder("form", "recipientType", "recipientName",
                "recipientAgency", "citation", "locality.province");
    }

    @Test
    void anUnknownAgencyAndABlankLinkedIdAreRefused() {
        Nomination form = new Nomination(AwardForm.PUBLIC_COMMENDATION, RecipientType.INDIVIDUAL, "Nguyễn Thị A",
                "ARMY", new FormLocality("62", null, null), "r-1", "Tích cực", List.of(" "), null);

        assertThat(fields(form)).containsExactlyInAnyOrder("recipientAgency", "activityIds[0]");
    }

    private List<String> fields(Nomination form) {
        Checked<NominationValidation.Valid> outcome = validation.check(form, KonTum.TODAY);
        assertThat(outcome).isInstanceOf(Checked.Invalid.class);
        return outcome.problems().stream().map(Problem::field).toList();
    }
}
