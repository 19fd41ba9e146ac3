package vn.antq.awards.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class DecisionValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void anApprovalNeedsIssuerNumberAndADateNotInTheFuture() {
        Checked<DecisionValidation.Verdict> outcome = DecisionValidation.check(
                new DecisionForm(true, " Chủ tịch UBND tỉnh Kon Tum ", "1234/QĐ-UBND", LocalDate.of(2024, 10, 10), null),
                TODAY);

        assertThat(outcome.value()).isEqualTo(new DecisionValidation.Approval(
                new Decision("Chủ tịch UBND tỉnh Kon Tum", "1234/QĐ-UBND", LocalDate.of(2024, 10, 10))));
        assertThat(fields(new DecisionForm(true, null, " ", null, null))).containsExactly("issuer", "decisionNo", "decidedOn");
        assertThat(fields(new DecisionForm(true, "UBND", "1", TODAY.plusDays(1), null))).containsExactly("decidedOn");
    }

    @Test
    void aDecisionDateOutsideTheBusinessRangeIsRefused() {
        for (String date : new String[] {"0001-06-01", "1800-01-01", "-999999999-01-01", "1999-12-31"}) {
            assertThat(fields(new DecisionForm(true, "UBND", "1", LocalDate.parse(date), null))).as(date)
                    .containsExactly("decidedOn");
        }
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThat(DecisionValidation.check(new DecisionForm(false, null, null, null, "Chưa đủ tiêu chuẩn"), TODAY).value())
                .isEqualTo(new DecisionValidation.Rejection("Chưa đủ tiêu chuẩn"));
        assertThat(fields(new DecisionForm(false, null, null, null, "  "))).containsExactly("reason");
    }

    @Test
    void fieldsOfTheOtherOutcomeAreRefusedRatherThanIgnored() {
        assertThat(fields(new DecisionForm(false, "UBND", "1", TODAY, "x"))).containsExactly("issuer", "decisionNo", "decidedOn");
        assertThat(fields(new DecisionForm(true, "UBND", "1", TODAY, "x"))).containsExactly("reason");
    }

    @Test
    void issuerAndNumberAreOneLineWhileAReasonMayRunOverLines() {
        assertThat(fields(new DecisionForm(true, "Chủ tịch\nUBND", "12\t/QĐ", TODAY, null))).containsExactly("issuer", "decisionNo");
        assertThat(fields(new DecisionForm(false, null, null, null, "Chưa đủ\u0000"))).containsExactly("reason");
        assertThat(DecisionValidation.check(new DecisionForm(false, null, null, null, "Chưa đủ:\n\t- hồ sơ"), TODAY).value())
                .isEqualTo(new DecisionValidation.Rejection("Chưa đủ:\n\t- hồ sơ"));
    }

    @Test
    void theOutcomeItselfIsRequired() {
        assertThat(fields(new DecisionForm(null, "UBND", "1", TODAY, null))).containsExactly("approve");
    }

    private static List<String> fields(DecisionForm form) {
        Checked<DecisionValidation.Verdict> outcome = DecisionValidation.check(form, TODAY);
        assertThat(outcome).isInstanceOf(Checked.Invalid.class);
        return outcome.problems().stream().map(Problem::field).toList();
    }
}
