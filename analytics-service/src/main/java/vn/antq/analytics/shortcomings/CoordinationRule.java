package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.antq.contracts.common.Label;

/**
 * LOOSE_COORDINATION: pairs of agencies that work together little in a locality. A pair is loose when its joint
 * activities in the period are below {@code shareOfMedian} of the locality's median pair (judged only where that
 * median reaches {@code minMedianJointActivities}: a handful of joint activities says nothing), or when they fell by
 * more than {@code declineShare} against the same months a year earlier, which had at least
 * {@code declineMinJointActivities}. The pairs of a locality are those of every two agencies that recorded activities
 * there in the period, with none in common counting as 0. Pure.
 */
public final class CoordinationRule {

    private final ShortcomingThresholds.Coordination thresholds;
    private final Function<String, Label> agencyNames;

    public CoordinationRule(ShortcomingThresholds.Coordination thresholds, Function<String, Label> agencyNames) {
        this.thresholds = thresholds;
        this.agencyNames = agencyNames;
    }

    public List<Finding> judge(List<PairFigures> pairs, Label recentMonths) {
        Map<String, List<PairFigures>> byLocality = new TreeMap<>();
        pairs.forEach(pair -> byLocality.computeIfAbsent(pair.locality(), l -> new ArrayList<>()).add(pair));
        List<Finding> findings = new ArrayList<>();
        for (List<PairFigures> peers : byLocality.values()) {
            Benchmark benchmark = Benchmark.of(peers.stream().map(p -> (double) p.joint()).toList(), 0.5);
            boolean comparable = benchmark.median() >= thresholds.minMedianJointActivities();
            for (PairFigures pair : peers) {
                boolean few = comparable && pair.joint() < thresholds.shareOfMedian() * benchmark.median();
                boolean fell = pair.earlier() >= thresholds.declineMinJointActivities()
                        && pair.recent() < pair.earlier() * (1 - thresholds.declineShare());
                if (few || fell) {
                    findings.add(finding(pair, benchmark, few, fell, recentMonths));
                }
            }
        }
        return findings;
    }

    private Finding finding(PairFigures pair, Benchmark benchmark, boolean few, boolean fell, Label recentMonths) {
        Label first = agencyNames.apply(pair.first());
        Label second = agencyNames.apply(pair.second());
        String place = pair.localityName() == null ? pair.locality() : pair.localityName();
        Severity severity = Severity.LOW;
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (few) {
            severity = severity.max(Severity.ofShortfall(benchmark.shortfall(pair.joint())));
            vi.add(Wording.vi(pair.joint()) + " hoạt động phối hợp trong kỳ, bằng " + Wording.percent(pair.joint() / benchmark.median())
                    + " trung vị của các cặp lực lượng (" + Wording.vi(benchmark.median()) + ")");
            en.add(Wording.en(pair.joint(), "joint activity", "joint activities") + " in the period, " + Wording.percent(pair.joint() / benchmark.median())
                    + " of the median pair (" + Wording.en(benchmark.median()) + ")");
        }
        boolean compared = pair.earlier() > 0;
        Evidence evidence = new Evidence.LooseCoordination(pair.joint(), Wording.rounded(benchmark.median()),
                benchmark.peers(), compared ? pair.recent() : null, compared ? pair.earlier() : null);
        if (fell) {
            double drop = 1 - (double) pair.recent() / pair.earlier();
            severity = severity.max(Severity.ofShortfall(drop));
            vi.add(Wording.vi(pair.recent()) + " hoạt động phối hợp " + recentMonths.vi() + ", giảm " + Wording.percent(drop)
                    + " so với cùng kỳ năm trước (" + Wording.vi(pair.earlier()) + ")");
            en.add(Wording.en(pair.recent(), "joint activity", "joint activities") + " " + recentMonths.en() + ", " + Wording.percent(drop)
                    + " fewer than a year earlier (" + Wording.en(pair.earlier()) + ")");
        }
        Subject subject = new Subject.AgencyPair(pair.pair(), first.vi() + " – " + second.vi(),
                List.of(pair.first(), pair.second()), pair.locality(), pair.localityName());
        return new Finding(ShortcomingKind.LOOSE_COORDINATION, severity, subject, evidence, new Label(
                first.vi() + " và " + second.vi() + " (" + place + "): " + String.join("; ", vi) + ".",
                first.en() + " and " + second.en() + " (" + place + "): " + String.join("; ", en) + "."));
    }
}
