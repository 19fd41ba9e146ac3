package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.Label;

class OutcomeRuleTest {

    private static final ShortcomingThresholds.Outcomes THRESHOLDS = new ShortcomingThresholds.Outcomes(0.2, 5, 0.2, 100);
    private static final Label RECENT = new Label("từ tháng 01/2024 đến tháng 12/2024", "from January 2024 to December 2024");

    @Test
    void aCommuneWhoseIncidentsRoseWhileItsOutreachFellIsAFindingWithItsFigures() {
        OutcomeFigures commune = figures("Xã A", 12, 6, 150, 400, 5_000L);

        List<Finding> findings = new OutcomeRule(THRESHOLDS).judge(List.of(commune), RECENT);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.kind()).isEqualTo(ShortcomingKind.OUTCOME_WORSENING);
        assertThat(finding.subjectCode()).isEqualTo("Xã A-code");
        assertThat(finding.evidence().figures()).containsEntry("recentIncidents", 12L).containsEntry("earlierIncidents", 6L)
                .containsEntry("incidentRisePercent", 100L).containsEntry("recentParticipations", 150L)
                .containsEntry("earlierParticipations", 400L).containsEntry("outreachFallPercent", 63L)
                .containsEntry("residents", 5_000L).containsEntry("recentPerThousandResidents", 30L)
                .containsEntry("earlierPerThousandResidents", 80L);
        assertThat(finding.explanation().en()).isEqualTo("Xã A: 12 incidents (crime, social evils, security) from January"
                + " 2024 to December 2024, against 6 a year earlier (100% more); participations in outreach fell by 63%"
                + " (150 against 400).");
        assertThat(finding.explanation().vi()).startsWith("Xã A: 12 vụ việc").contains("tăng 100%", "giảm 63%");
    }

    @Test
    void incidentsRisingAloneOrOutreachFallingAloneOrTooFewToJudgeAreNoFinding() {
        List<OutcomeFigures> communes = List.of(
                figures("rose, outreach steady", 12, 6, 390, 400, null),
                figures("outreach fell, incidents steady", 6, 6, 150, 400, null),
                figures("a handful of incidents", 4, 1, 150, 400, null),
                figures("little outreach to fall from", 12, 6, 20, 90, null),
                figures("rose by exactly a fifth", 12, 10, 150, 400, null));

        assertThat(new OutcomeRule(THRESHOLDS).judge(communes, RECENT)).isEmpty();
    }

    @Test
    void incidentsWhereThereWereNoneAYearEarlierRiseWithoutAPercentage() {
        Finding finding = new OutcomeRule(THRESHOLDS).judge(List.of(figures("Xã B", 5, 0, 100, 200, null)), RECENT).get(0);

        assertThat(finding.evidence().figures()).doesNotContainKeys("incidentRisePercent", "residents")
                .containsEntry("earlierIncidents", 0L);
        assertThat(finding.explanation().en()).contains("against 0 a year earlier;");
    }

    private static OutcomeFigures figures(String name, long incidentsRecent, long incidentsEarlier, long recent,
                                          long earlier, Long residents) {
        return new OutcomeFigures(name + "-code", name, "930", "93", "Tỉnh Hậu Giang", incidentsRecent, incidentsEarlier,
                recent, earlier, residents);
    }
}
