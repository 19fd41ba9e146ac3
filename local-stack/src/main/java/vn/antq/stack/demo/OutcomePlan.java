package vn.antq.stack.demo;

import static vn.antq.stack.demo.ActivityPlan.FALLING_COMMUNE;
import static vn.antq.stack.demo.ActivityPlan.FALL_YEAR;
import static vn.antq.stack.demo.ActivityPlan.WEAK_COMMUNE;
import static vn.antq.stack.demo.ActivityPlan.WEAK_DISTRICT;
import static vn.antq.stack.demo.ActivityPlan.YEARS;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The police's outcome figures of every commune and month of 2019-2024 (point 4 of the article: "crime, social evils
 * and internal conflicts fell markedly"). Per commune a level near the province's rates per 1,000 residents, then a
 * trend a year:
 * <ul>
 * <li>most communes: incidents (crime, social evils, security) fall by {@value #ORDINARY_TREND_PERCENT}% a year,
 *     residents report more crime and fewer disputes need mediating;</li>
 * <li>the weak localities the activities plan made weak (its weak district and weak commune): incidents rise a
 *     little every year, never by more than a fifth, and their residents report no more than before;</li>
 * <li>the commune whose outreach fell in {@link ActivityPlan#FALL_YEAR}: falling like the others until then, its
 *     incidents jump by {@value #SURGE_PERCENT}% that year. With its outreach down by three quarters, that is the
 *     OUTCOME_WORSENING the demo plants.</li>
 * </ul>
 * Each year's totals are spread over its months at random (seeded): the same figures on every run.
 */
final class OutcomePlan {

    private static final long SEED = 20_190_401L;
    static final int ORDINARY_TREND_PERCENT = 12;
    static final int WEAK_TREND_PERCENT = 8;
    static final int SURGE_PERCENT = 60;
    /** A weak commune's incidents rise at most this much a year: only the planted commune's rise is a finding. */
    static final double WEAK_MAX_RISE = 0.2;

    /** Per 1,000 residents and year in 2019: incidents, residents' reports of crime, offenders helped, disputes. */
    private static final double INCIDENTS = 3.2;
    private static final double REPORTS = 1.1;
    private static final double REINTEGRATED = 0.45;
    private static final double DISPUTES = 2.0;
    /** Shares of the incidents: drug, property, violent and other crime, social evils, security incidents. */
    private static final double[] INCIDENT_SHARES = {0.09, 0.28, 0.08, 0.11, 0.31, 0.13};

    record Result(List<DemoOutcome> outcomes, List<Planted> planted) {
    }

    private final Random random = new Random(SEED);

    private OutcomePlan() {
    }

    /** @param participations commune-level participations per commune and year, as the activities plan made them */
    static Result generate(BiFunction<String, Integer, Long> participations) {
        return new OutcomePlan().plan(participations);
    }

    private Result plan(BiFunction<String, Integer, Long> participations) {
        List<DemoOutcome> outcomes = new ArrayList<>();
        long[] surge = null;
        for (KonTumPlaces.Commune commune : KonTumPlaces.get().communes()) {
            boolean weak = commune.districtCode().equals(WEAK_DISTRICT) || commune.code().equals(WEAK_COMMUNE);
            double residents = commune.population() / 1000.0 * (0.75 + 0.5 * random.nextDouble());
            long previous = -1;
            for (int k = 0; k < YEARS.size(); k++) {
                int year = YEARS.get(k);
                double trend = Math.pow(1 + (weak ? WEAK_TREND_PERCENT : -ORDINARY_TREND_PERCENT) / 100.0, k);
                long incidents = Math.round(INCIDENTS * residents * trend);
                if (commune.code().equals(FALLING_COMMUNE) && year == FALL_YEAR) {
                    incidents = Math.round(previous * (1 + SURGE_PERCENT / 100.0));
                    surge = new long[] {previous, incidents};
                } else if (weak && previous >= 0) {
                    incidents = Math.min(incidents, (long) Math.floor(previous * (1 + WEAK_MAX_RISE)));
                }
                previous = incidents;
                long reports = Math.round(REPORTS * residents * (weak ? 1 : Math.pow(1.05, k)));
                long reintegrated = Math.round(REINTEGRATED * residents);
                long disputes = Math.round(DISPUTES * residents * Math.pow(weak ? 1.04 : 0.93, k));
                outcomes.addAll(year(commune, year, split(incidents), reports, reintegrated, disputes));
            }
        }
        if (surge == null) {
            throw new IllegalStateException("No commune " + FALLING_COMMUNE + " in the gazetteer");
        }
        return new Result(List.copyOf(outcomes), List.of(planted(surge, participations)));
    }

    private static Planted planted(long[] incidents, BiFunction<String, Integer, Long> participations) {
        KonTumPlaces.Commune commune = KonTumPlaces.get().commune(FALLING_COMMUNE);
        long before = participations.apply(FALLING_COMMUNE, FALL_YEAR - 1);
        long after = participations.apply(FALLING_COMMUNE, FALL_YEAR);
        return new Planted(Planted.Kind.OUTCOME_WORSENING, FALLING_COMMUNE, commune.name(),
                "commune " + FALLING_COMMUNE + ": incidents " + (FALL_YEAR - 1) + " " + incidents[0] + ", " + FALL_YEAR
                        + " " + incidents[1] + "; participations " + (FALL_YEAR - 1) + " " + before + ", " + FALL_YEAR
                        + " " + after);
    }

    /** A year's incidents by kind, shares rounded so that they add up to the total. */
    private static long[] split(long incidents) {
        long[] parts = new long[INCIDENT_SHARES.length];
        double[] remainders = new double[parts.length];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = incidents * INCIDENT_SHARES[i];
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (; given < incidents; given++) {
            int largest = 0;
            for (int i = 1; i < parts.length; i++) {
                largest = remainders[i] > remainders[largest] ? i : largest;
            }
            parts[largest]++;
            remainders[largest] = -1;
        }
        return parts;
    }

    /**
     * A year's figures of a commune, each total spread over the twelve months at random; {@code incidents} in the
     * order of {@link #INCIDENT_SHARES}.
     */
    private List<DemoOutcome> year(KonTumPlaces.Commune commune, int year, long[] incidents, long reports,
                                   long reintegrated, long disputes) {
        long[] drug = spread(incidents[0]);
        long[] property = spread(incidents[1]);
        long[] violent = spread(incidents[2]);
        long[] other = spread(incidents[3]);
        long[] socialEvils = spread(incidents[4]);
        long[] security = spread(incidents[5]);
        long[] reported = spread(reports);
        long[] helped = spread(reintegrated);
        long[] mediated = spread(disputes);
        List<DemoOutcome> months = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            months.add(new DemoOutcome(commune.districtCode(), commune.code(), YearMonth.of(year, m + 1), drug[m],
                    property[m], violent[m], other[m], socialEvils[m], reported[m], helped[m], mediated[m], security[m]));
        }
        return months;
    }

    private long[] spread(long total) {
        long[] months = new long[12];
        for (long i = 0; i < total; i++) {
            months[random.nextInt(12)]++;
        }
        return months;
    }
}
