package vn.antq.stack.demo;

import static vn.antq.contracts.common.KnownAgencies.FARMERS;
import static vn.antq.contracts.common.KnownAgencies.VETERANS;
import static vn.antq.contracts.common.KnownAgencies.WOMEN_UNION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import vn.antq.contracts.award.AwardForm;

/**
 * The Kon Tum 2019-2024 movement as the article tells it, generated deterministically: outreach activities of
 * the four agencies in all 10 districts and 102 communes, self-managed models with their reports, interim and
 * final reviews, and the commendations. Loaded through the services' public APIs by {@link DemoLoad}.
 * <p>
 * The headline figures are constants that {@code DemoDataSetTest} recomputes from the generated records, and
 * that {@code LocalStackDemoIT} reads back from analytics-service. {@link #planted()} lists the shortcomings put
 * in on purpose, with their numbers.
 */
public record DemoDataSet(
        LocalDate asOf,
        List<DemoActivity> activities,
        List<DemoModel> models,
        List<DemoReview> reviews,
        List<DemoAward> awards,
        List<PeriodPlan.Report> reports,
        List<DemoOutcome> outcomes,
        List<DemoTraining> trainings,
        List<DemoMaterial> materials,
        List<Planted> planted) {

    /** Lượt người tham gia of the Women's Union's activities, 2019-2024 ("more than 340,000"). */
    public static final long WOMEN_UNION_PARTICIPATIONS = 342_448;
    /** Commendations at the 2019-2024 final review (all of the year 2024). */
    public static final long FINAL_REVIEW_COMMENDATIONS = 31;
    /** Certificates of Merit (Bằng khen) to Women's Union units at the final review. */
    public static final long WOMEN_UNION_CERTIFICATES_OF_MERIT = 5;
    /** The year of the final review: the only year with commendations at it. */
    public static final int FINAL_REVIEW_YEAR = ReviewPlan.FINAL_REVIEW_HELD_ON.getYear();

    public DemoDataSet {
        activities = List.copyOf(activities);
        models = List.copyOf(models);
        reviews = List.copyOf(reviews);
        awards = List.copyOf(awards);
        reports = List.copyOf(reports);
        outcomes = List.copyOf(outcomes);
        trainings = List.copyOf(trainings);
        materials = List.copyOf(materials);
        planted = List.copyOf(planted);
    }

    /**
     * The data set as loaded on {@code today}: models report up to the last period completed before it; everything
     * else is the same whatever the day.
     */
    public static DemoDataSet generate(LocalDate today) {
        List<DemoActivity> activities = ActivityPlan.generate();
        ModelPlan.Result models = ModelPlan.generate(today);
        ReviewPlan.Result reviews = ReviewPlan.generate();
        List<Planted> planted = new ArrayList<>(participationShortcomings(activities));
        planted.add(coordinationShortcoming(activities));
        planted.addAll(models.planted());
        planted.addAll(reviews.planted());
        PeriodPlan.Result reporting = PeriodPlan.generate();
        planted.addAll(reporting.planted());
        Map<String, Long> communeYears = activities.stream().filter(a -> a.counts() && a.commune() != null)
                .collect(Collectors.groupingBy(a -> a.commune() + "|" + a.startDate().getYear(),
                        Collectors.summingLong(DemoActivity::participants)));
        OutcomePlan.Result outcomes = OutcomePlan.generate(
                (commune, year) -> communeYears.getOrDefault(commune + "|" + year, 0L));
        planted.addAll(outcomes.planted());
        TrainingPlan.Result trainings = TrainingPlan.generate(activities);
        planted.addAll(trainings.planted());
        MaterialPlan.Result materials = MaterialPlan.generate(activities);
        planted.addAll(materials.planted());
        return new DemoDataSet(today, activities, models.models(), reviews.reviews(), reviews.awards(),
                reporting.reports(), outcomes.outcomes(), trainings.trainings(), materials.materials(), planted);
    }

    /** Participations (sum of participants) of an agency's activities that count, i.e. are not cancelled. */
    public long participations(String agency) {
        return activities.stream().filter(a -> a.counts() && a.agency().equals(agency))
                .mapToLong(DemoActivity::participants).sum();
    }

    /** The awards given at the final review. */
    public List<DemoAward> finalReviewAwards() {
        return awards.stream().filter(a -> a.reviewKey().equals(ReviewPlan.FINAL_REVIEW)).toList();
    }

    public long certificatesOfMerit(String agency) {
        return finalReviewAwards().stream()
                .filter(a -> a.form() == AwardForm.CERTIFICATE_OF_MERIT && a.recipientAgency().equals(agency)).count();
    }

    /** What analytics answers once it has applied the whole data set (and nothing else). */
    public DemoFigures expected() {
        List<DemoActivity> counted = activities.stream().filter(DemoActivity::counts).toList();
        return new DemoFigures(
                participations(WOMEN_UNION),
                finalReviewAwards().size(),
                certificatesOfMerit(WOMEN_UNION),
                counted.size(),
                counted.stream().mapToLong(DemoActivity::participants).sum(),
                models.size(),
                models.stream().mapToLong(m -> m.reports().size()).sum(),
                awards.size(),
                outcomes.size(),
                trainings.stream().mapToLong(DemoTraining::staff).sum(),
                materials.stream().mapToLong(m -> m.distributions().size()).sum());
    }

    // --- what was planted, with the numbers as generated ------------------------------------------------------

    private static List<Planted> participationShortcomings(List<DemoActivity> activities) {
        KonTumPlaces places = KonTumPlaces.get();
        List<DemoActivity> local = activities.stream()
                .filter(a -> a.counts() && a.district() != null && a.participants() > 0).toList();
        String district = ActivityPlan.WEAK_DISTRICT;
        long districtPopulation = places.district(district).population();
        Rates weakDistrict = Rates.of(local, a -> a.district().equals(district), districtPopulation);
        Rates otherDistricts = Rates.of(local, a -> !a.district().equals(district),
                places.population() - districtPopulation);

        String commune = ActivityPlan.WEAK_COMMUNE;
        List<DemoActivity> communeLevel = local.stream().filter(a -> a.commune() != null).toList();
        long communePopulation = places.commune(commune).population();
        Rates weakCommune = Rates.of(communeLevel, a -> a.commune().equals(commune), communePopulation);
        Predicate<DemoActivity> ordinary = a -> !a.commune().equals(commune) && !a.district().equals(district)
                && !a.commune().equals(ActivityPlan.FALLING_COMMUNE);
        long ordinaryPopulation = places.communes().stream()
                .filter(c -> !c.code().equals(commune) && !c.districtCode().equals(district)
                        && !c.code().equals(ActivityPlan.FALLING_COMMUNE))
                .mapToLong(KonTumPlaces.Commune::population).sum();
        Rates otherCommunes = Rates.of(communeLevel, ordinary, ordinaryPopulation);

        String falling = ActivityPlan.FALLING_COMMUNE;
        Map<Integer, Long> byYear = communeLevel.stream().filter(a -> a.commune().equals(falling))
                .collect(Collectors.groupingBy(a -> a.startDate().getYear(), TreeMap::new,
                        Collectors.summingLong(DemoActivity::participants)));
        long before = byYear.get(2022) + byYear.get(2023);
        long after = byYear.get(ActivityPlan.FALL_YEAR);

        return List.of(
                new Planted(Planted.Kind.LOW_PARTICIPATION, district, places.district(district).name(),
                        "district " + district + ": " + weakDistrict + " vs the other districts: " + otherDistricts),
                new Planted(Planted.Kind.LOW_PARTICIPATION, commune, places.commune(commune).name(),
                        "commune " + commune + ": " + weakCommune + " vs ordinary communes: " + otherCommunes),
                new Planted(Planted.Kind.LOW_PARTICIPATION, falling, places.commune(falling).name(),
                        "commune " + falling + ": participations 2022 " + byYear.get(2022) + ", 2023 "
                                + byYear.get(2023) + ", 2024 " + after + " (" + Math.round(100 - 200.0 * after / before)
                                + "% below the 2022-2023 average)"));
    }

    private static Planted coordinationShortcoming(List<DemoActivity> activities) {
        Map<String, Map<Integer, Long>> pairs = new TreeMap<>();
        for (DemoActivity a : activities) {
            if (!a.counts() || a.partnerAgencies().isEmpty()) {
                continue;
            }
            List<String> agencies = new ArrayList<>(new TreeSet<>(a.partnerAgencies()));
            agencies.add(a.agency());
            List<String> sorted = agencies.stream().sorted().distinct().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.computeIfAbsent(sorted.get(i) + "|" + sorted.get(j), p -> new TreeMap<>())
                            .merge(a.startDate().getYear(), 1L, Long::sum);
                }
            }
        }
        String pair = FARMERS + "|" + VETERANS;
        long others = pairs.entrySet().stream().filter(e -> !e.getKey().equals(pair))
                .mapToLong(e -> e.getValue().values().stream().mapToLong(Long::longValue).sum()).min().orElse(0);
        return new Planted(Planted.Kind.LOOSE_COORDINATION, VETERANS + "|" + FARMERS,
                "Hội Cựu chiến binh - Hội Nông dân",
                "joint activities by year " + pairs.getOrDefault(pair, Map.of()) + "; every other pair has at least "
                        + others + " in 2019-2024");
    }

    /** Participations per activity and per 1,000 residents a year, for a part of the province. */
    private record Rates(long activities, long participants, long residents) {

        static Rates of(List<DemoActivity> activities, Predicate<DemoActivity> where, long residents) {
            List<DemoActivity> selected = activities.stream().filter(where).toList();
            return new Rates(selected.size(), selected.stream().mapToLong(DemoActivity::participants).sum(), residents);
        }

        @Override
        public String toString() {
            return String.format("%.0f participations per activity, %.0f per 1,000 residents a year",
                    (double) participants / activities, participants * 1000.0 / residents / ActivityPlan.YEARS.size());
        }
    }
}
