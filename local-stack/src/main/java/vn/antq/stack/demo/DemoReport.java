package vn.antq.stack.demo;

/** A model's report for one period ({@code 2024-05} or {@code 2024-Q2}), as {@code POST /models/{id}/reports} takes it. */
public record DemoReport(
        String period,
        long meetings,
        long mediations,
        long tipsReported,
        long offendersSupported,
        long incidents,
        long membersAtPeriodEnd,
        String notes) {
}
