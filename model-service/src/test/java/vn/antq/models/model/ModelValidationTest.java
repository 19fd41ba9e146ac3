package vn.antq.models.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class ModelValidationTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final Set<String> TYPES = Set.of("WOMEN_CRIME_PREVENTION", "MEDIATION_TEAM");

    static final ModelValidation VALIDATION =
            new ModelValidation(Gazetteer.official(), code -> KnownAgencies.find(code).isPresent(), TYPES::contains);

    /** A Women's Union crime-prevention model in Thị trấn Đắk Hà (Kon Tum), run with the Police. */
    static ModelForm crimePrevention() {
        return new ModelForm("Phụ nữ tham gia phòng, chống tội phạm thôn Kon Gung", "WOMEN_CRIME_PREVENTION",
                "WOMEN_UNION", List.of("POLICE"), new ModelForm.FormLocality("62", "615", "23500"), " Kon Gung ",
                LocalDate.of(2020, 3, 8), 25L);
    }

    static ModelDetails validDetails() {
        return VALIDATION.check(crimePrevention(), TODAY).value().details();
    }

    @Test
    void aWomenUnionModelInAKonTumCommuneIsValid() {
        Checked<ModelValidation.Valid> outcome = VALIDATION.check(crimePrevention(), TODAY);

        assertThat(outcome).isInstanceOf(Checked.Valid.class);
        ModelValidation.Valid valid = outcome.value();
        assertThat(valid.details().village()).isEqualTo("Kon Gung");
        assertThat(valid.details().locality().commune()).isEqualTo("23500");
        assertThat(valid.place().displayName()).contains("Kon Tum");
    }

    @Test
    void theDistrictMayBeLeftOutAndIsTakenFromTheCommune() {
        ModelValidation.Valid valid = VALIDATION.check(with(crimePrevention(),
                f -> new ModelForm.FormLocality("62", null, "23500")), TODAY).value();

        assertThat(valid.details().locality().district()).isEqualTo("615");
    }

    @Test
    void aTypeThatIsNotInTheReferenceDataIsRejected() {
        assertThat(fieldsWrongIn(f -> new ModelForm(f.name(), "NIGHT_WATCH", f.agency(), f.partnerAgencies(),
                f.locality(), f.village(), f.establishedOn(), f.members()))).containsExactly("type");
    }

    @Test
    void aModelWithoutACommuneIsRejected() {
        assertThat(fieldsWrongIn(f -> with(f, l -> new ModelForm.FormLocality("62", "615", null))))
                .containsExactly("locality.commune");
    }

    @Test
    void anUnknownCommuneIsRejectedOnTheCommuneField() {
        assertThat(fieldsWrongIn(f -> with(f, l -> new ModelForm.FormLocality("62", "615", "99999"))))
                .containsExactly("locality.commune");
    }

    @Test
    void aFoundingDateAfterTodayIsRejected() {
        assertThat(fieldsWrongIn(f -> new ModelForm(f.name(), f.type(), f.agency(), f.partnerAgencies(), f.locality(),
                f.village(), TODAY.plusDays(1), f.members()))).containsExactly("establishedOn");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0001-06-02", "1800-01-01", "-999999999-01-01",
            "1999-12-31", "2100-01-01"})
    void aFoundingDateOutsideTheBusinessRangeIsRejectedSayingTheRange(String date) {
        Checked<ModelValidation.Valid> outcome = VALIDATION.check(new ModelForm(crimePrevention().name(),
                crimePrevention().type(), crimePrevention().agency(), crimePrevention().partnerAgencies(),
                crimePrevention().locality(), crimePrevention().village(), LocalDate.parse(date),
                crimePrevention().members()), TODAY);

        List<Problem> problems = outcome.problems();
        assertThat(problems).filteredOn(p -> p.field().equals("establishedOn")).singleElement()
                .satisfies(p -> assertThat(p.messageEn()).contains("outside the accepted range (2000-01-01 to 2099-12-31)"));
    }

    @Test
    void negativeMembersAreRejected() {
        assertThat(fieldsWrongIn(f -> new ModelForm(f.name(), f.type(), f.agency(), f.partnerAgencies(), f.locality(),
                f.village(), f.establishedOn(), -1L))).containsExactly("members");
    }

    @Test
    void theOwningAgencyCannotBeItsOwnPartnerAndPartnersMustBeKnown() {
        assertThat(fieldsWrongIn(f -> new ModelForm(f.name(), f.type(), f.agency(),
                List.of("POLICE", "WOMEN_UNION", "NOBODY"), f.locality(), f.village(), f.establishedOn(), f.members())))
                .containsExactly("partnerAgencies[1]", "partnerAgencies[2]");
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnceInBothLanguages() {
        Checked<ModelValidation.Valid> outcome = VALIDATION.check(
                new ModelForm(null, null, null, null, null, null, null, null), TODAY);

        List<Problem> problems = outcome.problems();
        assertThat(problems).extracting(Problem::field)
                .containsExactly("name", "type", "agency", "establishedOn", "members", "locality.province");
        assertThat(problems).allSatisfy(p -> assertThat(p.messageVi()).isNotBlank().isNotEqualTo(p.messageEn()));
    }

    private static List<String> fieldsWrongIn(UnaryOperator<ModelForm> change) {
        Checked<ModelValidation.Valid> outcome = VALIDATION.check(change.apply(crimePrevention()), TODAY);
        assertThat(outcome).isInstanceOf(Checked.Invalid.class);
        return outcome.problems().stream().map(Problem::field).toList();
    }

    private static ModelForm with(ModelForm f, UnaryOperator<ModelForm.FormLocality> locality) {
        return new ModelForm(f.name(), f.type(), f.agency(), f.partnerAgencies(), locality.apply(f.locality()),
                f.village(), f.establishedOn(), f.members());
    }
}
