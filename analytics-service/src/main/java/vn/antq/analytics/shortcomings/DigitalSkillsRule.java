package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.List;

import vn.antq.contracts.common.Label;

/**
 * DIGITAL_SKILLS_GAP: communes whose outreach staff lack digital skills (point 6 of the province's review: "some
 * grassroots outreach staff lack ... digital skills"). A commune is a finding when it recorded at least
 * {@code minActivities} activities in the period's last months, none of them online, and none of its staff was trained
 * in digital skills in the {@code trainingYears} up to their end, while the province trained staff elsewhere in those
 * years (the training exists, the commune was left out). A province where nobody recorded a training is not judged:
 * it does not record trainings yet, which says nothing of its staff. A commune that records almost nothing is not
 * judged either: LOW_PARTICIPATION speaks of it. Always MEDIUM: no figure grades it further. Pure.
 */
public final class DigitalSkillsRule {

    private final ShortcomingThresholds.DigitalSkills thresholds;

    public DigitalSkillsRule(ShortcomingThresholds.DigitalSkills thresholds) {
        this.thresholds = thresholds;
    }

    public List<Finding> judge(List<DigitalSkillsFigures> communes, Label recentMonths) {
        List<Finding> findings = new ArrayList<>();
        for (DigitalSkillsFigures commune : communes) {
            if (commune.activities() >= thresholds.minActivities() && commune.onlineActivities() == 0
                    && commune.trainedStaff() == 0 && commune.provinceTrainedStaff() > 0) {
                findings.add(finding(commune, recentMonths));
            }
        }
        return findings;
    }

    private Finding finding(DigitalSkillsFigures commune, Label recentMonths) {
        String name = commune.name() == null ? commune.code() : commune.name();
        int years = thresholds.trainingYears();
        Label explanation = new Label(
                name + ": " + Wording.vi(commune.activities()) + " hoạt động tuyên truyền " + recentMonths.vi()
                        + ", không hoạt động nào trực tuyến; không cán bộ nào được tập huấn kỹ năng số trong " + years
                        + " năm qua (toàn tỉnh: " + Wording.vi(commune.provinceTrainedStaff()) + " cán bộ).",
                name + ": " + Wording.en(commune.activities(), "outreach activity", "outreach activities") + " "
                        + recentMonths.en() + ", none of them online; no staff trained in digital skills in the last "
                        + years + " years (the province: " + Wording.en(commune.provinceTrainedStaff(), "person",
                        "people") + ").");
        Subject subject = new Subject.LocalityUnit("COMMUNE", commune.code(), commune.name(), commune.district(),
                commune.province(), commune.provinceName());
        Evidence evidence = new Evidence.DigitalSkillsGap(commune.activities(), commune.onlineActivities(),
                commune.trainedStaff(), commune.provinceTrainedStaff());
        return new Finding(ShortcomingKind.DIGITAL_SKILLS_GAP, Severity.MEDIUM, subject, evidence, explanation);
    }
}
