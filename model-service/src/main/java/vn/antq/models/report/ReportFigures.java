package vn.antq.models.report;

/**
 * What a model did in one period, as its agency reports it. Built only by {@link ReportValidation}.
 *
 * @param mediations         disputes mediated (hòa giải)
 * @param tipsReported       crimes reported to the police (tố giác tội phạm)
 * @param offendersSupported people who offended helped back into the community (giúp đỡ người lầm lỗi)
 * @param incidents          security incidents in the model's area
 * @param notes              free text; null when none
 */
public record ReportFigures(
        long meetings,
        long mediations,
        long tipsReported,
        long offendersSupported,
        long incidents,
        long membersAtPeriodEnd,
        String notes) {
}
