package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;

/** LOOSE_COORDINATION on agency pairs made up in memory. */
class CoordinationRuleTest {

    private static final Label YEAR = new Label("trong năm 2024", "in 2024");
    private static final Label MONTHS = new Label("từ tháng 01/2024 đến tháng 12/2024", "from January 2024 to December 2024");

    private final CoordinationRule rule = new CoordinationRule(new ShortcomingThresholds.Coordination(0.5, 10, 0.5, 10),
            code -> KnownAgencies.find(code).map(KnownAgencies.Agency::label).orElse(new Label(code, code)));

    @Test
    void aPairWithFarFewerJointActivitiesThanTheMedianPairIsLoose() {
        List<Finding> findings = rule.judge(List.of(
                pair("FARMERS|POLICE", 212), pair("FARMERS|VETERANS", 33), pair("FARMERS|WOMEN_UNION", 135),
                pair("POLICE|VETERANS", 231), pair("POLICE|WOMEN_UNION", 493), pair("VETERANS|WOMEN_UNION", 155)),
                YEAR);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isInstanceOf(Subject.AgencyPair.class).extracting("type", "code", "locality", "name")
                    .containsExactly("AGENCY_PAIR", "FARMERS|VETERANS", "62", "Hội Nông dân – Hội Cựu chiến binh");
            assertThat(finding.evidence().figures()).containsEntry("jointActivities", 33L)
                    .containsEntry("medianPairJointActivities", 184L).containsEntry("pairs", 6);
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.explanation().vi()).startsWith("Hội Nông dân và Hội Cựu chiến binh (Tỉnh Kon Tum): 33 hoạt động");
        });
    }

    @Test
    void pairsWithNoJointActivityCountAsZeroButAHandfulSaysNothing() {
        assertThat(rule.judge(List.of(pair("A|B", 6), pair("A|C", 0), pair("B|C", 8)), YEAR)).isEmpty();
        assertThat(rule.judge(List.of(pair("A|B", 40), pair("A|C", 0), pair("B|C", 30)), YEAR))
                .extracting(Finding::subjectCode).containsExactly("A|C");
    }

    @Test
    void aPairWhoseJointActivitiesFellByMoreThanHalfIsLoose() {
        List<Finding> findings = rule.judge(List.of(
                new PairFigures("POLICE|WOMEN_UNION", "62", "Tỉnh Kon Tum", 100, 14, 30),
                new PairFigures("POLICE|VETERANS", "62", "Tỉnh Kon Tum", 100, 20, 25),
                new PairFigures("VETERANS|WOMEN_UNION", "62", "Tỉnh Kon Tum", 100, 3, 9)), YEAR);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subjectCode()).isEqualTo("POLICE|WOMEN_UNION");
            assertThat(finding.evidence().figures()).containsEntry("recentJointActivities", 14L).containsEntry("earlierJointActivities", 30L);
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    private static PairFigures pair(String pair, long joint) {
        return new PairFigures(pair, "62", "Tỉnh Kon Tum", joint, 0, 0);
    }
}
