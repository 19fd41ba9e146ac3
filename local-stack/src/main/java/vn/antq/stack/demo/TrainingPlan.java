package vn.antq.stack.demo;

import static vn.antq.contracts.common.KnownAgencies.POLICE;
import static vn.antq.contracts.common.KnownAgencies.WOMEN_UNION;
import static vn.antq.stack.demo.ActivityPlan.WEAK_COMMUNE;
import static vn.antq.stack.demo.ActivityPlan.WEAK_DISTRICT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.KnownAgencies;

/**
 * The digital-skills trainings of 2021-2024 (tập huấn kỹ năng số, point 6 of the article), concentrated in the city:
 * <ul>
 *     <li>twice a year the province trains, in the city, two or three people of each agency from every ward and
 *     commune of Thành phố Kon Tum, and the district staff of the police and the Women's Union of each district;</li>
 *     <li>in 2022 and 2024 each district trains one person of each agency from each of its communes (two of the
 *     police);</li>
 *     <li>the weak localities are left out: Tu Mơ Rông (617) holds no training and sends nobody, nor does Xã Mô Rai
 *     (23536). Those of their communes that did no online outreach in 2024 are the DIGITAL_SKILLS_GAP the demo plants.</li>
 * </ul>
 */
final class TrainingPlan {

    static final String CITY = "608";
    static final List<Integer> PROVINCE_YEARS = List.of(2021, 2022, 2023, 2024);
    static final List<Integer> DISTRICT_YEARS = List.of(2022, 2024);
    /** DIGITAL_SKILLS_GAP's defaults: at least 3 activities in the last 12 months, none online, nobody trained in 3 years. */
    static final int MIN_ACTIVITIES = 3;
    private static final List<String> TRAINERS = List.of("Nguyễn Thị Hồng Nhung", "Trần Văn Hải", "A Thiên",
            "Y Blúp");

    /** The trainings, and the DIGITAL_SKILLS_GAP findings they leave in 2024. */
    record Result(List<DemoTraining> trainings, List<Planted> planted) {
    }

    private TrainingPlan() {
    }

    static Result generate(List<DemoActivity> activities) {
        KonTumPlaces places = KonTumPlaces.get();
        List<DemoTraining> trainings = new ArrayList<>();
        for (int year : PROVINCE_YEARS) {
            trainings.add(provinceSession(places, POLICE, LocalDate.of(year, 4, 12), year % 2 == 0 ? 3 : 2));
            trainings.add(provinceSession(places, WOMEN_UNION, LocalDate.of(year, 10, 18), year % 2 == 0 ? 2 : 3));
        }
        int d = 0;
        for (KonTumPlaces.District district : places.districts()) {
            d++;
            if (district.code().equals(CITY) || district.code().equals(WEAK_DISTRICT)) {
                continue;
            }
            for (int year : DISTRICT_YEARS) {
                String organiser = year == 2022 ? POLICE : WOMEN_UNION;
                LocalDate day = LocalDate.of(year, 5 + d % 6, 8 + d);
                List<DemoTraining.Attendance> attendees = new ArrayList<>();
                for (KonTumPlaces.Commune commune : district.communes()) {
                    if (commune.code().equals(WEAK_COMMUNE)) {
                        continue;
                    }
                    for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
                        attendees.add(new DemoTraining.Attendance(agency.code(), district.code(), commune.code(),
                                agency.code().equals(POLICE) ? 2 : 1));
                    }
                }
                List<String> topics = year == 2024 ? List.of("ZALO_GROUP", "SAFE_SOCIAL_MEDIA", "WORKSPACE")
                        : List.of("ZALO_GROUP", "SAFE_SOCIAL_MEDIA");
                trainings.add(new DemoTraining(organiser, district.code(), "Tập huấn kỹ năng số cho cán bộ cơ sở "
                        + district.name() + " năm " + year, day, day, topics, trainers(d), attendees));
            }
        }
        return new Result(List.copyOf(trainings), planted(activities, trainings));
    }

    private static DemoTraining provinceSession(KonTumPlaces places, String organiser, LocalDate start, long perAgency) {
        List<DemoTraining.Attendance> attendees = new ArrayList<>();
        for (KonTumPlaces.Commune commune : places.district(CITY).communes()) {
            for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
                attendees.add(new DemoTraining.Attendance(agency.code(), CITY, commune.code(), perAgency));
            }
        }
        for (KonTumPlaces.District district : places.districts()) {
            if (!district.code().equals(WEAK_DISTRICT)) {
                attendees.add(new DemoTraining.Attendance(POLICE, district.code(), null, 1));
                attendees.add(new DemoTraining.Attendance(WOMEN_UNION, district.code(), null, 1));
            }
        }
        String who = organiser.equals(POLICE) ? "Công an tỉnh" : "Hội Liên hiệp Phụ nữ tỉnh";
        return new DemoTraining(organiser, null, who + " tập huấn quản trị Fanpage, nhóm Zalo và an toàn trên mạng "
                + "tháng " + start.getMonthValue() + "/" + start.getYear(), start, start.plusDays(1),
                List.of("FANPAGE", "ZALO_GROUP", "SAFE_SOCIAL_MEDIA", "COUNTERING_FALSE_NEWS"),
                trainers(start.getMonthValue()), attendees);
    }

    private static List<String> trainers(int seed) {
        return List.of(TRAINERS.get(seed % TRAINERS.size()), TRAINERS.get((seed + 1) % TRAINERS.size()));
    }

    /**
     * Every commune that recorded at least {@link #MIN_ACTIVITIES} activities in 2024, none of them online, and
     * whose staff nobody trained in 2022-2024: what analytics finds for 2019-2024 (its last 12 months, 2024).
     */
    private static List<Planted> planted(List<DemoActivity> activities, List<DemoTraining> trainings) {
        YearMonth last = YearMonth.of(2024, 12);
        Map<String, List<DemoActivity>> recent = activities.stream()
                .filter(a -> a.counts() && a.commune() != null && a.startDate().getYear() == last.getYear())
                .collect(Collectors.groupingBy(DemoActivity::commune, TreeMap::new, Collectors.toList()));
        List<String> trained = trainings.stream()
                .filter(t -> !YearMonth.from(t.startDate()).isBefore(last.minusYears(3).plusMonths(1)))
                .flatMap(t -> t.attendees().stream()).map(DemoTraining.Attendance::commune).distinct().toList();
        long provinceStaff = trainings.stream()
                .filter(t -> !YearMonth.from(t.startDate()).isBefore(last.minusYears(3).plusMonths(1)))
                .mapToLong(DemoTraining::staff).sum();
        List<Planted> planted = new ArrayList<>();
        recent.forEach((commune, done) -> {
            long online = done.stream().filter(a -> a.kind().channel().orElseThrow() == Channel.ONLINE).count();
            if (done.size() >= MIN_ACTIVITIES && online == 0 && !trained.contains(commune)) {
                planted.add(new Planted(Planted.Kind.DIGITAL_SKILLS_GAP, commune,
                        KonTumPlaces.get().commune(commune).name(), "commune " + commune + ": " + done.size()
                        + " activities in 2024, none online; nobody trained in 2022-2024 (the province: "
                        + provinceStaff + ")"));
            }
        });
        return planted;
    }
}
