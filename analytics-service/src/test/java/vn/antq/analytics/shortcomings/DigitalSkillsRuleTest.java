package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.Label;

class DigitalSkillsRuleTest {

    private static final ShortcomingThresholds.DigitalSkills THRESHOLDS = new ShortcomingThresholds.DigitalSkills(5, 3);
    private static final Label RECENT = new Label("từ tháng 01/2024 đến tháng 12/2024", "from January 2024 to December 2024");

    @Test
    void anActiveCommuneWithNothingOnlineAndNobodyTrainedWhereTheProvinceTrainedOthersIsAFinding() {
        List<Finding> findings = new DigitalSkillsRule(THRESHOLDS).judge(List.of(figures("Xã A", 12, 0, 0, 40)), RECENT);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.kind()).isEqualTo(ShortcomingKind.DIGITAL_SKILLS_GAP);
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.subjectCode()).isEqualTo("Xã A-code");
        assertThat(finding.evidence().figures()).containsExactly(java.util.Map.entry("recentActivities", 12L),
                java.util.Map.entry("onlineActivities", 0L), java.util.Map.entry("trainedStaff", 0L),
                java.util.Map.entry("provinceTrainedStaff", 40L));
        assertThat(finding.explanation().en()).isEqualTo("Xã A: 12 outreach activities from January 2024 to December"
                + " 2024, none of them online; no staff trained in digital skills in the last 3 years (the province: 40"
                + " people).");
        assertThat(finding.explanation().vi()).startsWith("Xã A: 12 hoạt động tuyên truyền").contains("không hoạt động nào trực tuyến");
    }

    @Test
    void onlineOutreachOrTrainedStaffOrTooLittleOutreachOrAProvinceThatTrainsNobodyIsNoFinding() {
        List<DigitalSkillsFigures> communes = List.of(
                figures("one online activity", 12, 1, 0, 40),
                figures("one person trained", 12, 0, 1, 40),
                figures("four activities only", 4, 0, 0, 40),
                figures("a province recording no training", 12, 0, 0, 0));

        assertThat(new DigitalSkillsRule(THRESHOLDS).judge(communes, RECENT)).isEmpty();
    }

    private static DigitalSkillsFigures figures(String name, long activities, long online, long trained, long province) {
        return new DigitalSkillsFigures(name + "-code", name, "001", "01", "Thành phố Hà Nội", activities, online, trained,
                province);
    }
}
