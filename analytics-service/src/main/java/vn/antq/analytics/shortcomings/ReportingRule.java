package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.antq.analytics.query.Readable;
import vn.antq.analytics.reporting.ReportingAnswer.UnitRow;
import vn.antq.contracts.common.Label;

/**
 * IRREGULAR_REPORTING: a unit (commune, district or province) that, for one agency, sent fewer of the periodic reports
 * expected of it than {@code minReportingRate} of them, or sent fewer than {@code minOnTimeRate} of them on time, over
 * the periods of the window. The rows are those of {@code GET /reporting} (expected, submitted, on time per agency,
 * unit and period), so that the finding counts exactly what that answer counts.
 * <p>
 * <b>A unit is judged from the first period of the window it submitted.</b> The platform cannot tell a unit that does
 * not report from one that reports on paper and has not started on the platform: a unit with no report of the window
 * standing submitted or approved is not judged here (it is in {@code /reporting}'s list of units that have not
 * reported), and one that started during the window is judged on the periods from its first report on. Otherwise
 * every unit of a province that has just begun to use the reporting periods would be a finding, burying the others.
 * <p>
 * Severity: HIGH when the unit sent less than half the reports expected; MEDIUM when it sent fewer than
 * {@code minReportingRate} of them; LOW when only the on-time rate is short. Pure.
 */
public final class ReportingRule {

    private final ShortcomingThresholds.Reporting thresholds;
    private final Function<String, Label> agencyNames;

    public ReportingRule(ShortcomingThresholds.Reporting thresholds, Function<String, Label> agencyNames) {
        this.thresholds = thresholds;
        this.agencyNames = agencyNames;
    }

    /** @param rows the {@code rows} of a reporting answer: one per agency, expected unit and period */
    public List<Finding> judge(List<UnitRow> rows) {
        Map<String, List<UnitRow>> byUnit = new LinkedHashMap<>();
        rows.forEach(row -> byUnit.computeIfAbsent(row.agency() + "|" + row.unit(), key -> new ArrayList<>()).add(row));
        byUnit.replaceAll((key, unitRows) -> {
            String first = unitRows.stream().filter(row -> row.submitted() > 0).map(UnitRow::period).min(String::compareTo)
                    .orElse(null);
            // Periods of one agency share one cadence, so "2024-04" < "2024-05" and "2024-Q1" < "2024-Q2" as strings.
            return first == null ? List.of() : unitRows.stream().filter(row -> row.period().compareTo(first) >= 0).toList();
        });
        byUnit.values().removeIf(List::isEmpty);
        List<Finding> findings = new ArrayList<>();
        byUnit.forEach((key, unitRows) -> {
            long expected = unitRows.stream().mapToLong(UnitRow::expected).sum();
            if (expected == 0) {
                return;
            }
            long submitted = unitRows.stream().mapToLong(UnitRow::submitted).sum();
            long onTime = unitRows.stream().mapToLong(UnitRow::onTime).sum();
            double reportingRate = (double) submitted / expected;
            double onTimeRate = (double) onTime / expected;
            boolean fewReports = reportingRate < thresholds.minReportingRate();
            boolean late = onTimeRate < thresholds.minOnTimeRate();
            if (!fewReports && !late) {
                return;
            }
            List<String> missing = unitRows.stream().filter(row -> row.expected() > 0 && row.submitted() == 0)
                    .map(UnitRow::period).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
            Severity severity = reportingRate < 0.5 ? Severity.HIGH : fewReports ? Severity.MEDIUM : Severity.LOW;
            findings.add(finding(unitRows.get(0), key, expected, submitted, onTime, reportingRate, onTimeRate, missing,
                    severity));
        });
        return findings;
    }

    private Finding finding(UnitRow unit, String code, long expected, long submitted, long onTime, double reportingRate,
            double onTimeRate, List<String> missing, Severity severity) {
        Label agency = agencyNames.apply(unit.agency());
        String place = unit.unitName() == null ? unit.unit() : unit.unitName();
        Evidence evidence = new Evidence.IrregularReporting(expected, submitted, onTime,
                Wording.rounded(reportingRate * 100), Wording.rounded(onTimeRate * 100), missing.size());
        Locale vi = Locale.forLanguageTag("vi");
        String vis = agency.vi() + " (" + place + "): gửi " + submitted + "/" + expected + " báo cáo định kỳ ("
                + Wording.percent(reportingRate) + "), " + onTime + " báo cáo đúng hạn (" + Wording.percent(onTimeRate) + ")";
        String ens = agency.en() + " (" + place + "): sent " + submitted + " of " + Wording.en(expected, "periodic report",
                "periodic reports") + " expected (" + Wording.percent(reportingRate) + "), " + onTime + " on time ("
                + Wording.percent(onTimeRate) + ")";
        if (!missing.isEmpty()) {
            vis += "; chưa gửi báo cáo " + missing.stream().map(period -> Readable.period(period, vi))
                    .collect(Collectors.joining(", "));
            ens += "; no report for " + missing.stream().map(period -> Readable.period(period, Locale.ENGLISH))
                    .collect(Collectors.joining(", "));
        }
        Subject subject = new Subject.AgencyLocality(code, agency.vi() + " – " + place, unit.agency(), unit.unit(), place);
        return new Finding(ShortcomingKind.IRREGULAR_REPORTING, severity, subject, evidence,
                new Label(vis + ".", ens + "."));
    }
}
