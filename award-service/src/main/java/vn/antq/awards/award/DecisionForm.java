package vn.antq.awards.award;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A decision on a nomination as submitted: {@code {approve: true, issuer, decisionNo, decidedOn}} or
 * {@code {approve: false, reason}}. Checked by {@link DecisionValidation}.
 */
public record DecisionForm(
        @NotNull Boolean approve,
        String issuer,
        String decisionNo,
        LocalDate decidedOn,
        String reason) {
}
