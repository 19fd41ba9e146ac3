package vn.antq.awards.award;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A decision on a nomination as submitted: {@code {approve: true, issuer, decisionNo, decidedOn}} or
 * {@code {approve: false, reason}}. Checked by {@link DecisionValidation}.
 */
public record DecisionForm(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean approve,
        String issuer,
        String decisionNo,
        LocalDate decidedOn,
        String reason) {
}
