package vn.antq.models.report;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A model's report for one period as submitted: any field may be missing or wrong until
 * {@link ReportValidation} has checked it. Missing counts mean zero; the members are required.
 */
public record ReportForm(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
        Long meetings,
        Long mediations,
        Long tipsReported,
        Long offendersSupported,
        Long incidents,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long membersAtPeriodEnd,
        String notes) {
}
