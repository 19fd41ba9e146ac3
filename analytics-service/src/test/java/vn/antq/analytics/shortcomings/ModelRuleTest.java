package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.query.ShownPlace;
import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;

/** PAPER_ONLY_MODEL and OVERLAPPING_MODELS worded from the models answer's flags. */
class ModelRuleTest {

    private final ModelRule rule = new ModelRule(6,
            code -> KnownAgencies.find(code).map(KnownAgencies.Agency::label).orElse(new Label(code, code)));

    @Test
    void aModelSilentForTwiceTheWindowIsHighAndOneNeverReportedSaysSo() {
        List<Finding> findings = rule.paperOnly(List.of(
                paperOnly("m1", "2022-Q4", 24), paperOnly("m2", "2024-Q2", 6), paperOnly("m3", null, 57)));

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.HIGH, Severity.MEDIUM, Severity.HIGH);
        assertThat(findings.get(0).subject()).isInstanceOf(Subject.Model.class).extracting("type", "code", "localityName")
                .containsExactly("MODEL", "m1", "Xã Đắk Na");
        assertThat(findings.get(0).evidence().figures()).containsEntry("monthsWithoutReport", 24L);
        assertThat(findings.get(0).explanation().en()).contains("has not reported for 24 months (last report Q4 2022)");
        assertThat(findings.get(2).explanation().vi()).contains("chưa có báo cáo nào trong 57 tháng");
    }

    @Test
    void modelsOfTwoAgenciesOverlappingIsMediumAndNamesBothModels() {
        ModelsAnswer.Overlap group = new ModelsAnswer.Overlap("MEDIATION_TEAM",
                new ShownPlace("23512", "62", null, "615", null, "23512", "Xã Đắk Mar"), 2, List.of("a", "b"),
                List.of("FARMERS", "WOMEN_UNION"));

        assertThat(rule.overlapping(List.of(group), Map.of("a", "Tổ hòa giải A", "b", "Tổ hòa giải B")))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(finding.subject()).isInstanceOf(Subject.ModelPair.class).extracting("type", "code", "names")
                            .containsExactly("MODEL_PAIR", "MEDIATION_TEAM|23512", List.of("Tổ hòa giải A", "Tổ hòa giải B"));
                    assertThat(finding.evidence().figures()).containsEntry("activeModels", 2).containsEntry("agencies", 2);
                    assertThat(finding.explanation().vi()).contains("Xã Đắk Mar", "Hội Nông dân, Hội Liên hiệp Phụ nữ");
                });
    }

    private static ModelsAnswer.PaperOnlyModel paperOnly(String id, String lastPeriod, long months) {
        return new ModelsAnswer.PaperOnlyModel(id, "Mô hình " + id, "WOMEN_LEGAL_OUTREACH_TEAM", "WOMEN_UNION",
                new ShownPlace("23407", "62", null, "612", null, "23407", "Xã Đắk Na"), "2019-05-10", lastPeriod, null,
                months);
    }
}
