package vn.antq.models.report;

import jakarta.validation.constraints.NotNull;

/**
 * A model's report for one period as submitted: any field may be missing or wrong until
 * {@link ReportValidation} has checked it. Missing counts mean zero; the members are required.
 */
public record ReportForm(
        @NotNull String period,
        Long meetings,
        Long mediations,
        Long tipsReported,
        Long offendersSupported,
        Long incidents,
        @NotNull Long membersAtPeriodEnd,
        String notes) {
}
