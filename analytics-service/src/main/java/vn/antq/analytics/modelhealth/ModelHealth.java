package vn.antq.analytics.modelhealth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a model works or exists only on paper (hoạt động hình thức), judged as of a date: an ACTIVE model with
 * no report period ending in the {@code months} months before that date is PAPER_ONLY. A model established less
 * than {@code months} months before the date is too new to judge and is never flagged; reports for periods ending
 * after the date are not yet due and do not count.
 */
public final class ModelHealth {

    private ModelHealth() {
    }

    /** A report as the model's document keeps it: its period ("2024-Q2") and the period's last day. */
    public record ReportPeriod(String period, LocalDate end) {
    }

    /** The evidence behind a PAPER_ONLY flag. */
    public record PaperOnly(ReportPeriod lastReport, long monthsWithoutReport) {
    }

    public static Optional<PaperOnly> paperOnly(String status, LocalDate establishedOn, List<ReportPeriod> reports,
            LocalDate asOf, int months) {
        LocalDate windowStart = asOf.minusMonths(months);
        if (!"ACTIVE".equals(status) || establishedOn.isAfter(windowStart)) {
            return Optional.empty();
        }
        Optional<ReportPeriod> last = lastReport(reports, asOf);
        if (last.isPresent() && last.get().end().isAfter(windowStart)) {
            return Optional.empty();
        }
        LocalDate since = last.map(ReportPeriod::end).orElse(establishedOn);
        return Optional.of(new PaperOnly(last.orElse(null), ChronoUnit.MONTHS.between(since, asOf)));
    }

    /** The report whose period ended last, on or before {@code asOf}. */
    public static Optional<ReportPeriod> lastReport(List<ReportPeriod> reports, LocalDate asOf) {
        return reports.stream()
                .filter(report -> !report.end().isAfter(asOf))
                .max(Comparator.comparing(ReportPeriod::end));
    }
}
