package vn.antq.stack.demo;

import static vn.antq.contracts.activity.ActivityKind.BRANCH_MEETING;
import static vn.antq.contracts.activity.ActivityKind.CONTEST;
import static vn.antq.contracts.activity.ActivityKind.FANPAGE_POST;
import static vn.antq.contracts.activity.ActivityKind.HOME_VISIT;
import static vn.antq.contracts.activity.ActivityKind.LAUNCH_CEREMONY;
import static vn.antq.contracts.activity.ActivityKind.LOUDSPEAKER;
import static vn.antq.contracts.activity.ActivityKind.MOBILE_MESSAGE;
import static vn.antq.contracts.activity.ActivityKind.MOBILISATION_CEREMONY;
import static vn.antq.contracts.activity.ActivityKind.MOCK_TRIAL;
import static vn.antq.contracts.activity.ActivityKind.PERFORMANCE;
import static vn.antq.contracts.activity.ActivityKind.PUBLICATION;
import static vn.antq.contracts.activity.ActivityKind.QUIZ;
import static vn.antq.contracts.activity.ActivityKind.SEMINAR;
import static vn.antq.contracts.activity.ActivityKind.TRAINING;
import static vn.antq.contracts.activity.ActivityKind.VILLAGE_MEETING;
import static vn.antq.contracts.activity.ActivityKind.WEBSITE_POST;
import static vn.antq.contracts.activity.ActivityKind.ZALO_POST;
import static vn.antq.contracts.common.KnownAgencies.FARMERS;
import static vn.antq.contracts.common.KnownAgencies.POLICE;
import static vn.antq.contracts.common.KnownAgencies.VETERANS;
import static vn.antq.contracts.common.KnownAgencies.WOMEN_UNION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.stack.demo.KonTumPlaces.Commune;
import vn.antq.stack.demo.KonTumPlaces.District;

/**
 * The outreach activities of 2019-2024 (hoạt động tuyên truyền): every agency, every district and commune of
 * Kon Tum, every year.
 * <p>
 * Participations are planned per cell (agency x commune x year, agency x district x year, agency x year for the
 * province): a cell's total is proportional to the residents, grows a little each year and varies by at most
 * 3%, and is then shared among the cell's activities by their kind. So every locality looks alike, except the
 * weak ones planted on purpose; a random spread would flag localities by chance. Joint activities are spread
 * the same way: a running quota per agency and partner makes every n-th activity a joint one, evenly over
 * districts and years.
 */
final class ActivityPlan {

    static final long SEED = 2019_2024L;
    static final List<Integer> YEARS = List.of(2019, 2020, 2021, 2022, 2023, 2024);
    /** The final review was held in December 2024; the activities it counted end with November. */
    static final LocalDate LAST_DAY = LocalDate.of(2024, 11, 30);
    private static final double[] YEAR_FACTOR = {0.94, 0.97, 1.00, 1.02, 1.04, 1.06};
    private static final double JITTER = 0.03;

    /** Tu Mơ Rông: fewer activities, far fewer participations, every year. */
    static final String WEAK_DISTRICT = "617";
    /** Xã Mô Rai (Sa Thầy): the same, for one commune. */
    static final String WEAK_COMMUNE = "23536";
    /** Xã Đắk Ui (Đắk Hà): like the rest until 2023, then a sharp fall in 2024. */
    static final String FALLING_COMMUNE = "23509";
    static final int FALL_YEAR = 2024;
    static final double WEAK_COUNT = 0.6;
    static final double WEAK_PARTICIPATION = 0.3;
    static final double FALL_COUNT = 0.5;
    static final double FALL_PARTICIPATION = 0.25;

    /** Joint activities of the Veterans' and Farmers' Associations per year: few, and falling. */
    static final int[] VETERANS_FARMERS_JOINT = {9, 8, 6, 5, 3, 2};

    /** How an agency works: participations per resident and year at each level, the kinds it uses, its partners. */
    record Profile(String agency, double communeRate, double communeMean, Map<ActivityKind, Integer> communeKinds,
                   double districtRate, double districtMean, Map<ActivityKind, Integer> districtKinds,
                   double provinceRate, List<ActivityKind> provinceKinds,
                   double womenLow, double womenHigh, Map<String, Double> partners,
                   double communeOnlineRate, List<ActivityKind> communeOnlineKinds,
                   List<ActivityKind> districtOnlinePerYear, Map<ActivityKind, Integer> provinceOnlinePerYear) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile(WOMEN_UNION,
                    0.0836, 165, kinds(BRANCH_MEETING, 34, VILLAGE_MEETING, 22, QUIZ, 14, SEMINAR, 9, CONTEST, 6,
                            PERFORMANCE, 5, MOBILISATION_CEREMONY, 4, MOCK_TRIAL, 3, LAUNCH_CEREMONY, 3),
                    0.0209, 420, kinds(CONTEST, 22, PERFORMANCE, 20, SEMINAR, 18, LAUNCH_CEREMONY, 14, MOCK_TRIAL, 12,
                            MOBILISATION_CEREMONY, 8, QUIZ, 6),
                    0.0056, List.of(LAUNCH_CEREMONY, CONTEST, PERFORMANCE, SEMINAR, MOCK_TRIAL),
                    0.82, 0.95, partners(POLICE, 0.20, VETERANS, 0.05, FARMERS, 0.05),
                    0.06, List.of(ZALO_POST, LOUDSPEAKER),
                    List.of(FANPAGE_POST, ZALO_POST),
                    online(WEBSITE_POST, 6, FANPAGE_POST, 8, MOBILE_MESSAGE, 2, PUBLICATION, 2)),
            new Profile(POLICE,
                    0.058, 185, kinds(VILLAGE_MEETING, 40, HOME_VISIT, 12, MOBILISATION_CEREMONY, 10, SEMINAR, 8,
                            TRAINING, 8, LAUNCH_CEREMONY, 8, MOCK_TRIAL, 6, QUIZ, 4, CONTEST, 4),
                    0.022, 450, kinds(LAUNCH_CEREMONY, 22, MOBILISATION_CEREMONY, 22, MOCK_TRIAL, 18, TRAINING, 14,
                            SEMINAR, 12, CONTEST, 8, PERFORMANCE, 4),
                    0.0045, List.of(LAUNCH_CEREMONY, MOBILISATION_CEREMONY, TRAINING, CONTEST),
                    0.42, 0.55, partners(WOMEN_UNION, 0.12, VETERANS, 0.10, FARMERS, 0.10),
                    0.04, List.of(LOUDSPEAKER, ZALO_POST),
                    List.of(FANPAGE_POST),
                    online(WEBSITE_POST, 6, FANPAGE_POST, 6, MOBILE_MESSAGE, 2, PUBLICATION, 1)),
            new Profile(VETERANS,
                    0.024, 110, kinds(BRANCH_MEETING, 45, VILLAGE_MEETING, 25, HOME_VISIT, 12, SEMINAR, 10,
                            MOBILISATION_CEREMONY, 4, QUIZ, 4),
                    0.0035, 260, kinds(SEMINAR, 40, LAUNCH_CEREMONY, 25, TRAINING, 20, CONTEST, 15),
                    0.0011, List.of(SEMINAR, LAUNCH_CEREMONY),
                    0.10, 0.22, partners(POLICE, 0.15, WOMEN_UNION, 0.06),
                    0.02, List.of(LOUDSPEAKER),
                    List.of(),
                    online(WEBSITE_POST, 2, PUBLICATION, 1)),
            new Profile(FARMERS,
                    0.028, 125, kinds(BRANCH_MEETING, 40, VILLAGE_MEETING, 25, TRAINING, 15, SEMINAR, 10, CONTEST, 6,
                            QUIZ, 4),
                    0.005, 300, kinds(TRAINING, 30, CONTEST, 25, SEMINAR, 25, LAUNCH_CEREMONY, 20),
                    0.0015, List.of(CONTEST, SEMINAR),
                    0.35, 0.50, partners(POLICE, 0.12, WOMEN_UNION, 0.06),
                    0.04, List.of(LOUDSPEAKER),
                    List.of(),
                    online(WEBSITE_POST, 3, PUBLICATION, 1)));

    /** Relative size of an activity of each kind, to share a cell's participations among its activities. */
    private static final Map<ActivityKind, Double> RELATIVE_SIZE = Map.ofEntries(
            Map.entry(BRANCH_MEETING, 1.0), Map.entry(VILLAGE_MEETING, 1.2), Map.entry(QUIZ, 0.9),
            Map.entry(SEMINAR, 0.8), Map.entry(CONTEST, 2.0), Map.entry(PERFORMANCE, 2.5),
            Map.entry(MOCK_TRIAL, 1.8), Map.entry(MOBILISATION_CEREMONY, 1.6), Map.entry(LAUNCH_CEREMONY, 2.2),
            Map.entry(TRAINING, 0.6), Map.entry(HOME_VISIT, 0.12));

    /** Month of each province-level event, in the order of a profile's province kinds. */
    private static final int[] PROVINCE_EVENT_MONTHS = {3, 5, 8, 10, 11};

    private final KonTumPlaces places = KonTumPlaces.get();
    private final Random random = new Random(SEED);
    /** Running quotas (joint activities per agency and partner, online items per agency and district): whole ones fall due. */
    private final Map<String, Double> quotas = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();

    private ActivityPlan() {
    }

    static List<DemoActivity> generate() {
        return new ActivityPlan().build();
    }

    private List<DemoActivity> build() {
        for (int y = 0; y < YEARS.size(); y++) {
            int year = YEARS.get(y);
            int firstOfYear = drafts.size();
            for (Profile profile : PROFILES) {
                provinceCell(profile, year, YEAR_FACTOR[y]);
                for (District district : places.districts()) {
                    districtCell(profile, year, YEAR_FACTOR[y], district);
                    for (Commune commune : district.communes()) {
                        communeCell(profile, year, YEAR_FACTOR[y], district, commune);
                    }
                }
            }
            plantVeteransFarmersJoint(drafts.subList(firstOfYear, drafts.size()), VETERANS_FARMERS_JOINT[y]);
        }
        return withDuplicatesToCancel();
    }

    // --- cells ---------------------------------------------------------------------------------------------

    private void provinceCell(Profile p, int year, double yearFactor) {
        double target = p.provinceRate() * places.population() * yearFactor * jitter();
        List<ActivityKind> kinds = p.provinceKinds();
        List<Long> sizes = share(Math.round(target), kinds);
        for (int i = 0; i < kinds.size(); i++) {
            LocalDate day = dayIn(year, PROVINCE_EVENT_MONTHS[i % PROVINCE_EVENT_MONTHS.length]);
            direct(p, Level.PROVINCE, null, null, "tỉnh Kon Tum", null, kinds.get(i), day, sizes.get(i), 0.55);
        }
        int i = 0;
        for (Map.Entry<ActivityKind, Integer> entry : p.provinceOnlinePerYear().entrySet()) {
            for (int k = 0; k < entry.getValue(); k++, i++) {
                LocalDate day = spread(year, k, entry.getValue());
                Draft online = online(p.agency(), Level.PROVINCE, null, null, "tỉnh Kon Tum", entry.getKey(), day,
                        places.population());
                if (entry.getKey() == PUBLICATION && p.agency().equals(WOMEN_UNION)) {
                    // The article: publications were compiled "together with other sectors".
                    online.partners.add(POLICE);
                }
            }
        }
    }

    private void districtCell(Profile p, int year, double yearFactor, District district) {
        Plan plan = plan(p.districtRate() * district.population() * yearFactor, p.districtMean(),
                weakness(district.code(), null, year));
        int count = plan.activities();
        List<ActivityKind> kinds = draw(p.districtKinds(), count);
        List<Long> sizes = share(plan.participations(), kinds);
        for (int i = 0; i < count; i++) {
            direct(p, Level.DISTRICT, district.code(), null, district.name(), null, kinds.get(i),
                    spread(year, i, count), sizes.get(i), district.ethnicShare());
        }
        List<ActivityKind> online = p.districtOnlinePerYear();
        for (int i = 0; i < online.size(); i++) {
            online(p.agency(), Level.DISTRICT, district.code(), null, district.name(), online.get(i),
                    spread(year, i, online.size()), district.population());
        }
        if (p.agency().equals(WOMEN_UNION) && year % 2 == 1) {
            online(p.agency(), Level.DISTRICT, district.code(), null, district.name(), PUBLICATION, dayIn(year, 6),
                    district.population());
        }
    }

    private void communeCell(Profile p, int year, double yearFactor, District district, Commune commune) {
        Plan plan = plan(p.communeRate() * commune.population() * yearFactor, p.communeMean(),
                weakness(district.code(), commune.code(), year));
        int count = plan.activities();
        List<ActivityKind> kinds = draw(p.communeKinds(), count);
        List<Long> sizes = share(plan.participations(), kinds);
        for (int i = 0; i < count; i++) {
            ActivityKind kind = kinds.get(i);
            boolean branch = !p.agency().equals(POLICE)
                    && (kind == BRANCH_MEETING || kind == VILLAGE_MEETING || kind == HOME_VISIT);
            direct(p, branch ? Level.BRANCH : Level.COMMUNE, district.code(), commune.code(), commune.name(),
                    branch || kind == VILLAGE_MEETING || kind == HOME_VISIT ? village(commune) : null,
                    kind, spread(year, i, count), sizes.get(i), commune.ethnicShare());
        }
        String key = p.agency() + "|online|" + district.code();
        double due = quotas.getOrDefault(key, 0.5) + p.communeOnlineRate() * count;
        int online = (int) due;
        quotas.put(key, due - online);
        for (int i = 0; i < online; i++) {
            ActivityKind kind = p.communeOnlineKinds().get(random.nextInt(p.communeOnlineKinds().size()));
            if (kind == ZALO_POST && (district.code().equals(WEAK_DISTRICT) || commune.code().equals(WEAK_COMMUNE))) {
                // Nobody trained the weak communes' staff to run a Zalo group (TrainingPlan): they use the loudspeaker.
                // Both draw their reach with two steps of the generator, so everything after stays the same.
                kind = LOUDSPEAKER;
            }
            online(p.agency(), Level.COMMUNE, district.code(), commune.code(), commune.name(), kind,
                    spread(year, i, online), commune.population());
        }
    }

    /** How many activities a cell has, and the participations they share. */
    private record Plan(int activities, long participations) {
    }

    /**
     * A cell's plan from its ordinary participations (residents x rate x year), the agency's usual size of an
     * activity at that level, and the cell's weakness factors.
     */
    private Plan plan(double ordinary, double usualSize, double[] weakness) {
        int activities = Math.max(1, (int) Math.round(ordinary / usualSize * weakness[0]));
        return new Plan(activities, Math.round(ordinary * jitter() * weakness[1]));
    }

    /** {count factor, participation factor} of a cell: 1 and 1, except in the planted weak localities. */
    private static double[] weakness(String district, String commune, int year) {
        if (district.equals(WEAK_DISTRICT) || WEAK_COMMUNE.equals(commune)) {
            return new double[] {WEAK_COUNT, WEAK_PARTICIPATION};
        }
        if (FALLING_COMMUNE.equals(commune) && year == FALL_YEAR) {
            return new double[] {FALL_COUNT, FALL_PARTICIPATION};
        }
        return new double[] {1, 1};
    }

    // --- one activity ----------------------------------------------------------------------------------------

    private void direct(Profile p, Level level, String district, String commune, String place, String village,
                        ActivityKind kind, LocalDate day, long participants, double ethnicShare) {
        List<String> topics = Wording.topics(random);
        Draft d = new Draft(p.agency(), level, district, commune, kind, topics,
                Wording.title(p.agency(), kind, topics.get(0), place, village, day.getYear(), random), day,
                endOf(kind, day));
        d.participants = participants;
        d.women = Math.round(participants * between(p.womenLow(), p.womenHigh()));
        d.ethnicMinority = Math.min(participants, Math.round(participants * ethnicShare * between(0.85, 1.1)));
        for (Map.Entry<String, Double> partner : p.partners().entrySet()) {
            String key = p.agency() + "|" + partner.getKey();
            double due = quotas.getOrDefault(key, 0.5) + partner.getValue();
            if (due >= 1 && d.mayAddPartner(partner.getKey())) {
                d.partners.add(partner.getKey());
                due -= 1;
            }
            quotas.put(key, due);
        }
        drafts.add(d);
    }

    private Draft online(String agency, Level level, String district, String commune, String place,
                         ActivityKind kind, LocalDate day, long residents) {
        List<String> topics = Wording.topics(random);
        Draft d = new Draft(agency, level, district, commune, kind, topics,
                Wording.title(agency, kind, topics.get(0), place, null, day.getYear(), random), day, endOf(kind, day));
        switch (kind) {
            case WEBSITE_POST -> d.reach = between(400, 3500);
            case FANPAGE_POST -> d.reach = level == Level.PROVINCE ? between(1500, 12000) : between(300, 3000);
            case ZALO_POST -> d.reach = level == Level.COMMUNE ? between(60, 450) : between(200, 1500);
            case LOUDSPEAKER -> d.reach = Math.round(residents * between(0.25, 0.45));
            case MOBILE_MESSAGE -> d.reach = between(8000, 40000);
            case PUBLICATION -> d.copies = level == Level.PROVINCE ? between(1000, 5000) : between(300, 1500);
            default -> throw new IllegalArgumentException("Not an online, broadcast or print kind: " + kind);
        }
        drafts.add(d);
        return d;
    }

    /**
     * The few joint activities of the Veterans' and Farmers' Associations in a year: spread over the year's
     * commune-level activities of the two that have no partner yet, recorded by each in turn.
     */
    private static void plantVeteransFarmersJoint(List<Draft> year, int count) {
        List<Draft> veterans = soloCommuneActivities(year, VETERANS);
        List<Draft> farmers = soloCommuneActivities(year, FARMERS);
        for (int j = 0; j < count; j++) {
            boolean byVeterans = j % 2 == 0;
            List<Draft> pool = byVeterans ? veterans : farmers;
            int slots = byVeterans ? (count + 1) / 2 : count / 2;
            Draft d = pool.get((int) ((j / 2 + 0.5) * pool.size() / slots));
            d.partners.add(byVeterans ? FARMERS : VETERANS);
        }
    }

    private static List<Draft> soloCommuneActivities(List<Draft> drafts, String agency) {
        return drafts.stream().filter(d -> d.agency.equals(agency) && d.commune != null && d.partners.isEmpty()
                && d.kind.channel().orElseThrow() == Channel.DIRECT).toList();
    }

    /** A few Women's Union activities (and one of the Police) typed in twice; the copies are cancelled. */
    private List<DemoActivity> withDuplicatesToCancel() {
        List<DemoActivity> activities = new ArrayList<>();
        int womenUnionCommune = 0;
        int policeCommune = 0;
        for (Draft d : drafts) {
            DemoActivity activity = d.toActivity();
            activities.add(activity);
            if (d.commune == null || d.participants == 0) {
                continue;
            }
            if (d.agency.equals(WOMEN_UNION) && ++womenUnionCommune % 600 == 0
                    || d.agency.equals(POLICE) && ++policeCommune == 777) {
                activities.add(activity.duplicateToCancel());
            }
        }
        return activities;
    }

    // --- dates, shares, draws --------------------------------------------------------------------------------

    /** The i-th of n days spread evenly over the year's working weeks (2024 ends with November). */
    private LocalDate spread(int year, int i, int n) {
        LocalDate first = LocalDate.of(year, 1, 6);
        LocalDate last = year == 2024 ? LAST_DAY.minusDays(3) : LocalDate.of(year, 12, 20);
        long span = ChronoUnit.DAYS.between(first, last);
        double slot = (double) span / n;
        return first.plusDays((long) ((i + 0.15 + 0.7 * random.nextDouble()) * slot));
    }

    private LocalDate dayIn(int year, int month) {
        if (year == 2024 && month > LAST_DAY.getMonthValue()) {
            month = LAST_DAY.getMonthValue();
        }
        return LocalDate.of(year, month, 5 + random.nextInt(20));
    }

    private LocalDate endOf(ActivityKind kind, LocalDate start) {
        LocalDate yearEnd = start.getYear() == 2024 ? LAST_DAY : LocalDate.of(start.getYear(), 12, 31);
        LocalDate end = switch (kind) {
            case CONTEST, PERFORMANCE, TRAINING -> start.plusDays(random.nextInt(2));
            case LOUDSPEAKER, MOBILE_MESSAGE -> start.plusDays(6);
            default -> start;
        };
        return end.isAfter(yearEnd) ? yearEnd : end;
    }

    /** Shares {@code total} among activities of the given kinds, by their relative size, exactly. */
    private List<Long> share(long total, List<ActivityKind> kinds) {
        double[] weights = new double[kinds.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = RELATIVE_SIZE.getOrDefault(kinds.get(i), 1.0) * between(0.8, 1.2);
            sum += weights[i];
        }
        List<Long> sizes = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long size = i == weights.length - 1 ? total - given : Math.round(total * weights[i] / sum);
            sizes.add(size);
            given += size;
        }
        return sizes;
    }

    private List<ActivityKind> draw(Map<ActivityKind, Integer> mix, int count) {
        int sum = mix.values().stream().mapToInt(Integer::intValue).sum();
        List<ActivityKind> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(sum);
            for (Map.Entry<ActivityKind, Integer> entry : mix.entrySet()) {
                pick -= entry.getValue();
                if (pick < 0) {
                    kinds.add(entry.getKey());
                    break;
                }
            }
        }
        return kinds;
    }

    private String village(Commune commune) {
        boolean urban = !commune.name().startsWith("Xã");
        return (urban ? "tổ dân phố " : "thôn ") + (1 + random.nextInt(urban ? 8 : 12));
    }

    private double jitter() {
        return between(1 - JITTER, 1 + JITTER);
    }

    private double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private long between(long low, long high) {
        return low + random.nextLong(high - low + 1);
    }

    private static Map<ActivityKind, Integer> kinds(Object... kindsAndWeights) {
        Map<ActivityKind, Integer> mix = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndWeights.length; i += 2) {
            mix.put((ActivityKind) kindsAndWeights[i], (Integer) kindsAndWeights[i + 1]);
        }
        return mix;
    }

    private static Map<String, Double> partners(Object... agenciesAndRates) {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (int i = 0; i < agenciesAndRates.length; i += 2) {
            rates.put((String) agenciesAndRates[i], (Double) agenciesAndRates[i + 1]);
        }
        return rates;
    }

    private static Map<ActivityKind, Integer> online(Object... kindsAndCounts) {
        return kinds(kindsAndCounts);
    }

    /** An activity while it is being planned: its partners are added as the quotas fall due. */
    private static final class Draft {
        final String agency;
        final Level level;
        final String district;
        final String commune;
        final ActivityKind kind;
        final List<String> topics;
        final String title;
        final LocalDate start;
        final LocalDate end;
        final List<String> partners = new ArrayList<>();
        long participants;
        long women;
        long ethnicMinority;
        long reach;
        long copies;

        Draft(String agency, Level level, String district, String commune, ActivityKind kind, List<String> topics,
              String title, LocalDate start, LocalDate end) {
            this.agency = agency;
            this.level = level;
            this.district = district;
            this.commune = commune;
            this.kind = kind;
            this.topics = topics;
            this.title = title;
            this.start = start;
            this.end = end;
        }

        /** Never the Veterans and the Farmers together by chance: their joint work is planted, and scarce. */
        boolean mayAddPartner(String partner) {
            List<String> together = new ArrayList<>(partners);
            together.add(agency);
            together.add(partner);
            return !(together.contains(VETERANS) && together.contains(FARMERS));
        }

        DemoActivity toActivity() {
            return new DemoActivity(agency, partners, level, district, commune, kind, topics, title, start, end,
                    participants, women, ethnicMinority, reach, copies, false);
        }
    }
}
