package vn.antq.activities.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class OutcomeValidationTest {

    static final OutcomeValidation VALIDATION = new OutcomeValidation(Gazetteer.official());
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aCommuneOf2024WithItsFiguresIsValidAndMissingCountsAreZero() {
        OutcomeForm form = new OutcomeForm(new OutcomeForm.FormCommune("62", "608", "23284"), "2024-05",
                2L, null, 1L, null, 3L, 4L, null, 5L, 1L);

        OutcomeValidation.Valid valid = VALIDATION.check(form, TODAY).value();

        assertThat(valid.month()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(valid.locality().commune()).isEqualTo("23284");
        assertThat(valid.figures()).isEqualTo(new OutcomeFigures(2, 0, 1, 0, 3, 4, 0, 5, 1));
    }

    @Test
    void everyBadFieldIsNamed() {
        OutcomeForm form = new OutcomeForm(new OutcomeForm.FormCommune("62", "608", null), "2024-5",
                -1L, 100_001L, null, null, null, null, null, null, -3L);

        assertThat(fields(VALIDATION.check(form, TODAY)))
                .containsExactlyInAnyOrder("month", "drugCrimes", "propertyCrimes", "securityIncidents", "locality.commune");
    }

    @Test
    void aCommuneIsCheckedInTheStructureOfItsMonth() {
        OutcomeForm merged = new OutcomeForm(new OutcomeForm.FormCommune("51", null, "23506"), "2025-09",
                null, null, null, null, null, null, null, null, null);
        OutcomeForm current = new OutcomeForm(new OutcomeForm.FormCommune("51", null, "23512"), "2025-09",
                null, null, null, null, null, null, null, null, null);

        assertThat(fields(VALIDATION.check(merged, TODAY))).containsExactly("locality.commune");
        assertThat(VALIDATION.check(current, TODAY)).isInstanceOf(Checked.Valid.class);
    }

    private static List<String> fields(Checked<?> checked) {
        return checked.problems().stream().map(Problem::field).toList();
    }
}
