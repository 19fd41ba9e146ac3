package vn.antq.activities.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.antq.activities.material.MaterialValidationTest.fields;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;

class DistributionValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate ISSUED_ON = LocalDate.of(2024, 3, 1);

    static final DistributionValidation VALIDATION = new DistributionValidation(Gazetteer.official());

    static final UnitCodes COMMUNE = new UnitCodes("62", "608", "23284");

    static DistributionForm printed() {
        return new DistributionForm(COMMUNE, LocalDate.of(2024, 4, 2), 200L, null);
    }

    static Checked<DistributionValidation.Valid> check(DistributionForm form) {
        return VALIDATION.check(form, "m-1", ISSUED_ON, "WOMEN_UNION", TODAY);
    }

    @Test
    void printedCopiesReceivedByACommuneAreValidDistributedByTheCallersAgency() {
        DistributionValidation.Valid valid = check(printed()).value();

        DistributionDetails details = valid.details();
        assertThat(details.materialId()).isEqualTo("m-1");
        assertThat(details.agency()).isEqualTo("WOMEN_UNION");
        assertThat(details.unit().commune()).isEqualTo("23284");
        assertThat(details.copies()).isEqualTo(200);
        assertThat(details.digital()).as("missing is false").isFalse();
        assertThat(valid.place().mostSpecificCode()).isEqualTo("23284");
        assertThatCode(() -> Distribution.record("d-1", details, "user-1", Instant.parse("2024-04-03T01:00:00Z"))
                .distribution().cancel("user-1", Instant.parse("2024-04-04T01:00:00Z"))).doesNotThrowAnyException();
    }

    @Test
    void copiesAreFromNoneToAMillionAndNoneNeedsTheFileOrTheLink() {
        DistributionForm f = printed();

        Checked<DistributionValidation.Valid> none = check(new DistributionForm(f.unit(), f.receivedOn(), 0L, false));
        assertThat(fields(none)).containsExactly("copies");
        assertThat(none.problems().get(0).messageEn()).contains("set digital to true");
        assertThat(none.problems().get(0).messageVi()).contains("digital là true");
        assertThat(check(new DistributionForm(f.unit(), f.receivedOn(), 0L, true)).value().details().digital()).isTrue();
        assertThat(fields(check(new DistributionForm(f.unit(), f.receivedOn(), -1L, true)))).containsExactly("copies");
        assertThat(fields(check(new DistributionForm(f.unit(), f.receivedOn(), 1_000_001L, true))))
                .containsExactly("copies");
        assertThat(check(new DistributionForm(f.unit(), f.receivedOn(), 1_000_000L, false)).isValid()).isTrue();
        assertThat(fields(check(new DistributionForm(f.unit(), f.receivedOn(), null, true)))).containsExactly("copies");
    }

    @Test
    void theDayOfReceiptIsNotBeforeTheIssueNorInTheFuture() {
        DistributionForm f = printed();

        Checked<DistributionValidation.Valid> before = check(new DistributionForm(f.unit(), ISSUED_ON.minusDays(1),
                10L, false));
        Checked<DistributionValidation.Valid> future = check(new DistributionForm(f.unit(), TODAY.plusDays(1), 10L,
                false));

        assertThat(fields(before)).containsExactly("receivedOn");
        assertThat(before.problems().get(0).messageEn()).contains("before the material was issued, 2024-03-01");
        assertThat(fields(future)).containsExactly("receivedOn");
        assertThat(check(new DistributionForm(f.unit(), ISSUED_ON, 10L, false)).isValid()).as("the same day").isTrue();
        assertThat(fields(check(new DistributionForm(null, null, null, null))))
                .containsExactly("receivedOn", "unit.province", "copies");
    }

    @Test
    void theUnitIsInForceOnTheDayOfReceipt() {
        // Since July 2025 commune 23506 is part of 23512, and there are no districts.
        Checked<DistributionValidation.Valid> merged = check(new DistributionForm(new UnitCodes("51", null, "23506"),
                LocalDate.of(2025, 9, 10), 5L, false));
        Checked<DistributionValidation.Valid> unknown = check(new DistributionForm(new UnitCodes("62", "608", "99999"),
                LocalDate.of(2024, 4, 2), 5L, false));

        assertThat(fields(merged)).containsExactly("unit.commune");
        assertThat(merged.problems().get(0).messageVi()).contains("23512");
        assertThat(fields(unknown)).containsExactly("unit.commune");
        assertThat(check(new DistributionForm(new UnitCodes("51", null, "23512"), LocalDate.of(2025, 9, 10), 5L,
                false)).isValid()).isTrue();
    }
}
