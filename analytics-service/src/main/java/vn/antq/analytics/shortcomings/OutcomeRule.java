package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.List;

import vn.antq.contracts.common.Label;

/**
 * OUTCOME_WORSENING: communes where incidents rose while outreach fell (point 4 of the province's review says crime,
 * social evils and internal conflicts fell markedly; where they rose, the outreach that should explain the fall is
 * the first thing to look at). A commune is a finding when, in the period's last months against the same months a
 * year earlier, the incidents the police recorded (crime cases, social-evil cases, security incidents) rose by more
 * than {@code minIncidentRise} to at least {@code minIncidents}, and its participations in outreach fell by more than
 * {@code minOutreachFall} from at least {@code minEarlierParticipations}. Per resident or not, a fall is the same share
 * (the population of a commune does not change within a year). Pure.
 */
public final class OutcomeRule {

    private final ShortcomingThresholds.Outcomes thresholds;

    public OutcomeRule(ShortcomingThresholds.Outcomes thresholds) {
        this.thresholds = thresholds;
    }

    public List<Finding> judge(List<OutcomeFigures> communes, Label recentMonths) {
        List<Finding> findings = new ArrayList<>();
        for (OutcomeFigures commune : communes) {
            boolean rose = commune.incidentsRecent() >= thresholds.minIncidents()
                    && commune.incidentsRecent() > commune.incidentsEarlier() * (1 + thresholds.minIncidentRise());
            boolean fell = commune.earlier() >= thresholds.minEarlierParticipations()
                    && commune.recent() < commune.earlier() * (1 - thresholds.minOutreachFall());
            if (rose && fell) {
                findings.add(finding(commune, recentMonths));
            }
        }
        return findings;
    }

    private static Finding finding(OutcomeFigures commune, Label recentMonths) {
        double fall = 1 - (double) commune.recent() / commune.earlier();
        Double rise = commune.incidentsEarlier() == 0 ? null
                : (double) commune.incidentsRecent() / commune.incidentsEarlier() - 1;
        Long residents = commune.residents();
        boolean perResident = residents != null && residents > 0;
        Evidence evidence = new Evidence.OutcomeWorsening(commune.incidentsRecent(), commune.incidentsEarlier(),
                rise == null ? null : Wording.rounded(rise * 100), commune.recent(), commune.earlier(),
                Wording.rounded(fall * 100), perResident ? residents : null,
                perResident ? Wording.rounded(commune.recent() * 1000.0 / residents) : null,
                perResident ? Wording.rounded(commune.earlier() * 1000.0 / residents) : null);
        String name = commune.name() == null ? commune.code() : commune.name();
        String riseVi = rise == null ? "" : " (tăng " + Wording.percent(rise) + ")";
        String riseEn = rise == null ? "" : " (" + Wording.percent(rise) + " more)";
        Label explanation = new Label(
                name + ": " + Wording.vi(commune.incidentsRecent()) + " vụ việc (tội phạm, tệ nạn xã hội, an ninh) "
                        + recentMonths.vi() + ", so với " + Wording.vi(commune.incidentsEarlier()) + " cùng kỳ năm trước"
                        + riseVi + "; lượt người tham gia tuyên truyền giảm " + Wording.percent(fall) + " ("
                        + Wording.vi(commune.recent()) + " so với " + Wording.vi(commune.earlier()) + ").",
                name + ": " + Wording.en(commune.incidentsRecent(), "incident", "incidents")
                        + " (crime, social evils, security) " + recentMonths.en() + ", against "
                        + Wording.en(commune.incidentsEarlier()) + " a year earlier" + riseEn
                        + "; participations in outreach fell by " + Wording.percent(fall) + " ("
                        + Wording.en(commune.recent()) + " against " + Wording.en(commune.earlier()) + ").");
        Subject subject = new Subject.LocalityUnit("COMMUNE", commune.code(), commune.name(), commune.district(),
                commune.province(), commune.provinceName());
        return new Finding(ShortcomingKind.OUTCOME_WORSENING, Severity.ofShortfall(Math.min(1, fall)), subject, evidence,
                explanation);
    }
}
