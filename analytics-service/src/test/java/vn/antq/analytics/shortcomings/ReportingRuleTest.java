package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.reporting.ReportingAnswer.UnitRow;
import vn.antq.contracts.common.Label;

/** IRREGULAR_REPORTING on rows as {@code GET /reporting} gives them: the thresholds' edges and who is not judged. */
class ReportingRuleTest {

    private final ReportingRule rule = new ReportingRule(new ShortcomingThresholds.Reporting(0.8, 0.6),
            code -> new Label("Lực lượng " + code, "Agency " + code));

    @Test
    void exactlyTheThresholdIsNoFindingAndJustBelowIs() {
        List<UnitRow> rows = new ArrayList<>();
        // 4 of 5 sent (0.8), 3 on time (0.6): no finding.
        rows.addAll(unit("A", "11111", 5, 4, 3));
        // 4 of 5 sent, 2 on time (0.4): LOW, the on-time rate alone.
        rows.addAll(unit("A", "22222", 5, 4, 2));
        // 3 of 5 sent (0.6): MEDIUM.
        rows.addAll(unit("A", "33333", 5, 3, 3));
        // 2 of 5 sent (0.4): HIGH.
        rows.addAll(unit("A", "44444", 5, 2, 2));

        List<Finding> findings = rule.judge(rows);

        assertThat(findings).extracting(f -> f.subjectCode() + " " + f.severity())
                .containsExactly("A|22222 LOW", "A|33333 MEDIUM", "A|44444 HIGH");
        assertThat(findings.get(1).evidence().figures()).containsEntry("expected", 5L).containsEntry("submitted", 3L)
                .containsEntry("onTime", 3L).containsEntry("reportingRatePercent", 60L)
                .containsEntry("onTimeRatePercent", 60L).containsEntry("notReported", 2L);
        assertThat(findings.get(1).explanation().vi()).isEqualTo("Lực lượng A (Xã 33333): gửi 3/5 báo cáo định kỳ (60%), "
                + "3 báo cáo đúng hạn (60%); chưa gửi báo cáo tháng 04/2024, tháng 05/2024.");
        assertThat(findings.get(1).explanation().en()).isEqualTo("Agency A (Xã 33333): sent 3 of 5 periodic reports "
                + "expected (60%), 3 on time (60%); no report for April 2024, May 2024.");
    }

    @Test
    void aUnitIsJudgedFromTheFirstPeriodItSubmittedOn() {
        List<UnitRow> rows = new ArrayList<>();
        rows.addAll(unit("SILENT", "11111", 3, 0, 0));
        rows.addAll(unit("SILENT", "22222", 3, 0, 0));
        rows.addAll(unit("USES", "11111", 3, 1, 1));
        rows.addAll(unit("USES", "22222", 3, 0, 0));
        // Began in March: January and February are not held against it; March to May all sent on time.
        List<UnitRow> late = unit("USES", "33333", 5, 5, 5).stream().map(row -> row.period().compareTo("2024-03") < 0
                ? unit("USES", "33333", 5, 0, 0).get(Integer.parseInt(row.period().substring(6)) - 1) : row).toList();
        rows.addAll(late);

        assertThat(rule.judge(rows)).extracting(Finding::subjectCode).containsExactly("USES|11111");
        assertThat(rule.judge(unit("SILENT", "11111", 3, 0, 0))).isEmpty();
        assertThat(rule.judge(List.of())).isEmpty();
    }

    /** One unit's rows over {@code expected} months from 2024-01: the first {@code submitted} sent, the first {@code onTime} on time. */
    private static List<UnitRow> unit(String agency, String unit, int expected, int submitted, int onTime) {
        List<UnitRow> rows = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            String period = "2024-0" + (i + 1);
            boolean sent = i < submitted;
            rows.add(new UnitRow(agency, agency, period, unit, "Xã " + unit, "COMMUNE", "Xã", "60", "Tỉnh", "602", "Huyện",
                    unit, "Xã " + unit, sent ? "SUBMITTED" : null, null, 1, sent ? 1 : 0, 0, 0, i < onTime ? 1 : 0, 0,
                    null, null));
        }
        return rows;
    }
}
