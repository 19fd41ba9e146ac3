package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.Label;

/** LOW_PARTICIPATION on small provinces made up in memory. */
class ParticipationRuleTest {

    private static final Label YEAR = new Label("trong năm 2024", "in 2024");
    private static final Label MONTHS = new Label("từ tháng 01/2024 đến tháng 12/2024", "from January 2024 to December 2024");

    private static final ShortcomingThresholds.Participation DEFAULTS =
            new ShortcomingThresholds.Participation(0.25, 0.5, 4, 0.3, 200);
    private final ParticipationRule rule = new ParticipationRule(DEFAULTS);

    @Test
    void anEvenProvinceFlagsNobodyThoughSomeoneIsAlwaysInTheBottomQuarter() {
        List<LocalityFigures> communes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            communes.add(commune("0000" + i, "001", 1000 + i * 10, 10, 1000L, 500, 490));
        }

        ParticipationRule.Result result = rule.judge(communes, true, MONTHS);

        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void aCommuneFarBelowTheMedianPerResidentIsLowWithItsNumbersAndItsProvincesMedian() {
        List<LocalityFigures> communes = evenCommunes("001", 9);
        communes.add(commune("00099", "002", 300, 10, 1000L, 50, 50));

        ParticipationRule.Result result = rule.judge(communes, true, YEAR);

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(ShortcomingKind.LOW_PARTICIPATION);
            assertThat(finding.subject()).isInstanceOf(Subject.LocalityUnit.class).extracting("type", "code")
                    .containsExactly("COMMUNE", "00099");
            assertThat(finding.evidence().figures()).containsEntry("participationsPerThousandResidents", 300L)
                    .containsEntry("provinceMedianPerThousandResidents", 1000L)
                    .containsEntry("participationsPerActivity", 30L).containsEntry("provinceMedianPerActivity", 100L);
            // 70 % below the median: more than two thirds.
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.explanation().vi()).contains("300 lượt người tham gia trên 1.000 dân", "30%");
            assertThat(finding.explanation().en()).contains("300 participations per 1,000 residents", "30%");
        });
    }

    @Test
    void withoutAPopulationOnlyParticipationsPerActivityAreComparedAndTheAnswerSaysSo() {
        List<LocalityFigures> communes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            communes.add(commune("0000" + i, "001", 1000, 10, null, 0, 0));
        }
        // Few participations per resident would need a population; per activity it is ordinary.
        communes.add(commune("00099", "002", 300, 3, null, 0, 0));
        communes.add(commune("00098", "002", 400, 10, null, 0, 0));

        ParticipationRule.Result result = rule.judge(communes, false, YEAR);

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.subjectCode()).isEqualTo("00098");
            assertThat(finding.evidence().figures()).doesNotContainKey("participationsPerThousandResidents")
                    .containsEntry("participationsPerActivity", 40L);
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        });
        assertThat(result.skipped()).singleElement().satisfies(note -> {
            assertThat(note.test()).isEqualTo("PARTICIPATIONS_PER_RESIDENT");
            assertThat(note.localities()).isEqualTo(11L);
        });
    }

    @Test
    void aFallOfMoreThanTheShareAgainstAYearEarlierIsLowWhateverThePeers() {
        List<LocalityFigures> communes = evenCommunes("001", 9);
        communes.add(commune("00099", "001", 1000, 10, 1000L, 130, 500));
        // Fell as much, but from too little to tell.
        communes.add(commune("00098", "001", 1000, 10, 1000L, 20, 100));

        List<Finding> findings = rule.judge(communes, true, MONTHS).findings();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subjectCode()).isEqualTo("00099");
            assertThat(finding.evidence().figures()).containsEntry("recentParticipations", 130L)
                    .containsEntry("earlierParticipations", 500L).containsEntry("changePercent", -74L);
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.explanation().en()).contains("130 participations from January 2024 to December 2024, 74% fewer than a year earlier (500)");
        });
    }

    @Test
    void aWeakDistrictIsOneFindingThatCountsItsWeakCommunes() {
        List<LocalityFigures> localities = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            String district = "00" + d;
            boolean weak = d == 5;
            localities.add(district(district, weak ? 900 : 3000, 30, 3000L));
            for (int c = 0; c < 3; c++) {
                localities.add(commune(d + "000" + c, district, weak ? 300 : 1000, 10, 1000L, 0, 0));
            }
        }
        // A weak commune elsewhere is listed on its own.
        localities.add(commune("10009", "001", 300, 10, 1000L, 0, 0));

        List<Finding> findings = rule.judge(localities, true, YEAR).findings();

        assertThat(findings).extracting(Finding::subjectCode).containsExactly("005", "10009");
        assertThat(findings.get(0).evidence().figures()).containsEntry("lowCommunes", 3);
        assertThat(findings.get(0).explanation().en()).contains("3 of its communes are low too");
    }

    @Test
    void tooFewPeersAreNotCompared() {
        List<LocalityFigures> communes = List.of(commune("00001", "001", 1000, 10, 1000L, 0, 0),
                commune("00002", "001", 1000, 10, 1000L, 0, 0), commune("00003", "001", 100, 10, 1000L, 0, 0));

        assertThat(rule.judge(communes, true, YEAR).findings()).isEmpty();
    }

    private static List<LocalityFigures> evenCommunes(String district, int n) {
        List<LocalityFigures> communes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            communes.add(commune("0000" + i, district, 1000, 10, 1000L, 500, 500));
        }
        return communes;
    }

    private static LocalityFigures commune(String code, String district, long participants, long activities, Long residents,
            long recent, long earlier) {
        return new LocalityFigures(LocalityFigures.COMMUNE, code, "Xã " + code, "01", "Thành phố Hà Nội", district,
                activities, participants, residents, recent, earlier);
    }

    private static LocalityFigures district(String code, long participants, long activities, Long residents) {
        return new LocalityFigures(LocalityFigures.DISTRICT, code, "Huyện " + code, "01", "Thành phố Hà Nội", null,
                activities, participants, residents, 0, 0);
    }
}
