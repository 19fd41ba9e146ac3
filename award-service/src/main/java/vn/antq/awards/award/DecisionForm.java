package vn.antq.awards.award;

import java.time.LocalDate;

/**
 * A decision on a nomination as submitted: {@code {approve: true, issuer, decisionNo, decidedOn}} or
 * {@code {approve: false, reason}}. Checked by {@link DecisionValidation}.
 */
public record DecisionForm(Boolean approve, String issuer, String decisionNo, LocalDate decidedOn, String reason) {
}
