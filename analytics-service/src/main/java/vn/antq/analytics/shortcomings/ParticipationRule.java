package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.antq.contracts.common.Label;

/**
 * LOW_PARTICIPATION: communes and districts whose outreach reaches few people. A locality is low when
 * <ul>
 * <li>its participations per resident, or per activity, are in the bottom {@code bottomQuantile} of its province's
 * communes (districts) and below {@code shareOfMedian} of their median (both, so that an even province flags
 * nobody); per resident only where a population is loaded; or</li>
 * <li>its participations in the last months of the period (at most 12) fell by more than {@code declineShare}
 * against the same months a year earlier, which had at least {@code declineMinParticipations}.</li>
 * </ul>
 * A commune low against its province whose district is itself low is not listed on its own: the district's finding
 * counts it ({@code lowCommunes}). A locality without any recorded activity in the period is not judged. Pure.
 */
public final class ParticipationRule {

    /** Findings, and the comparisons that could not be made, with why. */
    public record Result(List<Finding> findings, List<ShortcomingsAnswer.Skipped> skipped) {
    }

    private final ShortcomingThresholds.Participation thresholds;

    public ParticipationRule(ShortcomingThresholds.Participation thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param localities       communes and districts of the provinces concerned (all of each province: the benchmark)
     * @param populationLoaded whether any population is loaded at all
     * @param recentMonths     the months compared with a year earlier, as the explanations name them, in both languages
     */
    public Result judge(List<LocalityFigures> localities, boolean populationLoaded, Label recentMonths) {
        Map<String, Judgement> judged = new LinkedHashMap<>();
        for (String level : List.of(LocalityFigures.DISTRICT, LocalityFigures.COMMUNE)) {
            Map<String, List<LocalityFigures>> byProvince = new TreeMap<>();
            localities.stream().filter(l -> l.level().equals(level))
                    .forEach(l -> byProvince.computeIfAbsent(String.valueOf(l.province()), p -> new ArrayList<>()).add(l));
            for (List<LocalityFigures> peers : byProvince.values()) {
                Benchmark perResident = benchmark(peers, LocalityFigures::perThousandResidents);
                Benchmark perActivity = benchmark(peers, LocalityFigures::perActivity);
                for (LocalityFigures locality : peers) {
                    judged.put(level + "|" + locality.code(), new Judgement(locality, perResident, perActivity));
                }
            }
        }
        fold(judged);
        List<Finding> findings = new ArrayList<>();
        for (Judgement judgement : judged.values()) {
            if (judgement.flagged()) {
                findings.add(judgement.finding(recentMonths));
            }
        }
        return new Result(findings, skipped(localities, populationLoaded));
    }

    private Benchmark benchmark(List<LocalityFigures> peers, Function<LocalityFigures, Double> figure) {
        List<Double> values = peers.stream().filter(l -> l.activities() > 0).map(figure).filter(v -> v != null).toList();
        return values.size() < thresholds.minLocalities() ? new Benchmark(0, 0, 0)
                : Benchmark.of(values, thresholds.bottomQuantile());
    }

    /** Communes low against the province inside a district low against the province: counted by the district. */
    private static void fold(Map<String, Judgement> judged) {
        Map<String, Judgement> lowDistricts = new HashMap<>();
        judged.values().stream().filter(j -> j.locality.level().equals(LocalityFigures.DISTRICT) && j.relativelyLow())
                .forEach(j -> lowDistricts.put(j.locality.code(), j));
        for (Judgement commune : judged.values()) {
            Judgement district = commune.locality.level().equals(LocalityFigures.COMMUNE) && commune.relativelyLow()
                    ? lowDistricts.get(commune.locality.district()) : null;
            if (district != null) {
                commune.lowResident = false;
                commune.lowActivity = false;
                district.lowCommunes++;
            }
        }
    }

    private static List<ShortcomingsAnswer.Skipped> skipped(List<LocalityFigures> localities, boolean populationLoaded) {
        List<ShortcomingsAnswer.Skipped> skipped = new ArrayList<>();
        long without = localities.stream().filter(l -> l.activities() > 0 && l.residents() == null).count();
        if (!populationLoaded) {
            skipped.add(note("PARTICIPATIONS_PER_RESIDENT", without,
                    "Chưa nạp số dân nên chưa so sánh số lượt tham gia trên số dân; chỉ so sánh trên mỗi hoạt động.",
                    "No population is loaded, so participations per resident were not compared; only per activity."));
        } else if (without > 0) {
            skipped.add(note("PARTICIPATIONS_PER_RESIDENT", without,
                    without + " địa bàn chưa có số dân nên chỉ được so sánh trên mỗi hoạt động.",
                    without == 1 ? "One locality has no population loaded and was compared per activity only."
                            : without + " localities have no population loaded and were compared per activity only."));
        }
        return skipped;
    }

    private static ShortcomingsAnswer.Skipped note(String test, long localities, String vi, String en) {
        // A record, not Map.of: its keys keep one order (vi, en) from one run to the next.
        return new ShortcomingsAnswer.Skipped(test, localities, new Label(vi, en));
    }

    /** One locality against its peers. */
    private final class Judgement {
        final LocalityFigures locality;
        final Benchmark perResident;
        final Benchmark perActivity;
        boolean lowResident;
        boolean lowActivity;
        final boolean fell;
        int lowCommunes;

        Judgement(LocalityFigures locality, Benchmark perResident, Benchmark perActivity) {
            this.locality = locality;
            this.perResident = perResident;
            this.perActivity = perActivity;
            boolean active = locality.activities() > 0;
            Double resident = locality.perThousandResidents();
            Double activity = locality.perActivity();
            lowResident = active && resident != null && perResident.isLow(resident, thresholds.shareOfMedian());
            lowActivity = active && activity != null && perActivity.isLow(activity, thresholds.shareOfMedian());
            fell = active && locality.earlier() >= thresholds.declineMinParticipations()
                    && locality.recent() < locality.earlier() * (1 - thresholds.declineShare());
        }

        boolean relativelyLow() {
            return lowResident || lowActivity;
        }

        boolean flagged() {
            return lowResident || lowActivity || fell;
        }

        Finding finding(Label recentMonths) {
            Severity severity = Severity.LOW;
            List<String> vi = new ArrayList<>();
            List<String> en = new ArrayList<>();
            Double resident = locality.perThousandResidents();
            Long residents = resident == null ? null : locality.residents();
            Number perThousand = resident == null ? null : Wording.rounded(resident);
            Number medianPerThousand = resident != null && perResident.peers() > 0 ? Wording.rounded(perResident.median()) : null;
            if (lowResident) {
                severity = severity.max(Severity.ofShortfall(perResident.shortfall(resident)));
                vi.add(Wording.vi(resident) + " lượt người tham gia trên 1.000 dân, bằng "
                        + Wording.percent(resident / perResident.median()) + " trung vị của tỉnh ("
                        + Wording.vi(perResident.median()) + ")");
                en.add(Wording.en(resident) + " participations per 1,000 residents, "
                        + Wording.percent(resident / perResident.median()) + " of the province median ("
                        + Wording.en(perResident.median()) + ")");
            }
            Double activity = locality.perActivity();
            Number perActivityFigure = activity == null ? null : Wording.rounded(activity);
            Number medianPerActivity = activity != null && perActivity.peers() > 0 ? Wording.rounded(perActivity.median()) : null;
            if (lowActivity) {
                severity = severity.max(Severity.ofShortfall(perActivity.shortfall(activity)));
                vi.add(Wording.vi(activity) + " lượt mỗi hoạt động, bằng " + Wording.percent(activity / perActivity.median())
                        + " trung vị của tỉnh (" + Wording.vi(perActivity.median()) + ")");
                en.add(Wording.en(activity) + " per activity, " + Wording.percent(activity / perActivity.median())
                        + " of the province median (" + Wording.en(perActivity.median()) + ")");
            }
            Integer provinceLocalities = perResident.peers() > 0 || perActivity.peers() > 0
                    ? Math.max(perResident.peers(), perActivity.peers()) : null;
            boolean compared = locality.earlier() > 0;
            Long changePercent = compared
                    ? Math.round(100.0 * (locality.recent() - locality.earlier()) / locality.earlier()) : null;
            if (fell) {
                double drop = 1 - (double) locality.recent() / locality.earlier();
                severity = severity.max(Severity.ofShortfall(drop));
                vi.add(Wording.vi(locality.recent()) + " lượt " + recentMonths.vi() + ", giảm " + Wording.percent(drop)
                        + " so với cùng kỳ năm trước (" + Wording.vi(locality.earlier()) + ")");
                en.add(Wording.en(locality.recent(), "participation", "participations") + " " + recentMonths.en() + ", " + Wording.percent(drop)
                        + " fewer than a year earlier (" + Wording.en(locality.earlier()) + ")");
            }
            if (lowCommunes > 0) {
                vi.add(lowCommunes + " xã, phường, thị trấn của huyện cũng ở mức thấp");
                en.add(lowCommunes == 1 ? "one of its communes is low too" : lowCommunes + " of its communes are low too");
            }
            Evidence evidence = new Evidence.LowParticipation(locality.participants(), locality.activities(), residents,
                    perThousand, medianPerThousand, perActivityFigure, medianPerActivity, provinceLocalities,
                    compared ? locality.recent() : null, compared ? locality.earlier() : null, changePercent,
                    lowCommunes > 0 ? lowCommunes : null);
            Subject subject = new Subject.LocalityUnit(locality.level(), locality.code(), locality.name(),
                    locality.district(), locality.province(), locality.provinceName());
            String name = locality.name() == null ? locality.code() : locality.name();
            return new Finding(ShortcomingKind.LOW_PARTICIPATION, severity, subject, evidence,
                    new Label(name + ": " + String.join("; ", vi) + ".", name + ": " + String.join("; ", en) + "."));
        }
    }
}
