package vn.antq.stack.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.kit.reference.VietnamTime;

/**
 * The units' monthly reports of their activities in 2019-2024 as the paper registers have them: who submitted each,
 * when, who returned or approved it and when. Every agency's province, districts and communes report; most on time (by
 * the 5th of the month after), some late, a few months never; about one report in a hundred is returned with a reason,
 * corrected and approved. Generated deterministically, so the rates analytics measures are known.
 * <p>
 * The weak localities of the activities report badly too, and are the IRREGULAR_REPORTING findings (the rule of
 * analytics: over the periods of its window, the last 60 months of a range, from a unit's first report in it, fewer
 * than 80 % of the reports expected, or fewer than 60 % on time): the weak commune's Police and Women's Union miss about a third of their months; the Veterans of the commune
 * whose outreach fell stop reporting in mid-2023; the weak district's Farmers' Association sends its own report late
 * most months.
 */
public final class PeriodPlan {

    static final YearMonth FIRST = YearMonth.of(2019, 1);
    static final YearMonth LAST = YearMonth.of(2024, 12);
    /** A report first submitted by this day of the month after its period is on time (analytics' default). */
    static final int ON_TIME_DAY = 5;
    static final double MIN_REPORTING_RATE = 0.8;
    static final double MIN_ON_TIME_RATE = 0.6;
    static final YearMonth VETERANS_STOP = YearMonth.of(2023, 7);
    /** The first month analytics judges in 2019-2024: it reads the last 60 months of a range. */
    static final YearMonth JUDGED_FROM = LAST.minusMonths(59);

    private static final long SEED = 2019_2024_05L;
    private static final double LATE = 0.06;
    private static final double WEAK_DISTRICT_LATE = 0.25;
    private static final double GAP = 0.004;
    private static final double RETURNED = 0.01;
    private static final List<String> SUBMITTERS = List.of("Y Hoa", "A Thuận", "Nguyễn Thị Lan", "Trần Văn Hùng",
            "Rơ Châm Blơi", "Lê Thị Mai", "A Phong", "Y Nhi", "Phạm Văn Dũng", "Đinh Thị Hương", "A Tuyên",
            "Hoàng Thị Thảo", "Y Liên", "Võ Văn Tâm", "Siu H'Nhung", "A Khoa", "Bùi Thị Hà");
    private static final List<String> APPROVERS = List.of("Nguyễn Văn Long", "Trần Thị Hạnh", "Lê Văn Thắng",
            "Phạm Thị Ngọc", "Đỗ Văn Bình", "Huỳnh Thị Thu", "Vũ Văn Sơn", "Ngô Thị Yến");
    private static final List<String> REASONS = List.of(
            "Thiếu số người tham dự buổi họp thôn, đề nghị bổ sung.",
            "Số lượt người tham gia chưa khớp với biên bản, đề nghị kiểm tra lại.",
            "Thiếu hoạt động tuyên truyền trên loa truyền thanh của thôn.");

    /** One step as the register has it (Vietnam time). */
    public record Step(String step, ZonedDateTime at, String by, String reason) {
    }

    /** A unit's report of a month and its steps. */
    public record Report(String agency, String unit, String period, List<Step> steps) {

        public LocalDate firstSubmittedOn() {
            return steps.get(0).at().toLocalDate();
        }

        public boolean onTime() {
            return !firstSubmittedOn().isAfter(YearMonth.parse(period).plusMonths(1).atDay(ON_TIME_DAY));
        }
    }

    /** The reports, and the units that report irregularly by analytics' rule. */
    record Result(List<Report> reports, List<Planted> planted) {
    }

    private PeriodPlan() {
    }

    static Result generate() {
        KonTumPlaces places = KonTumPlaces.get();
        SplittableRandom random = new SplittableRandom(SEED);
        List<Report> reports = new ArrayList<>();
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            String code = agency.code();
            reports.addAll(unit(code, KonTumPlaces.PROVINCE, KonTumPlaces.PROVINCE, random));
            for (KonTumPlaces.District district : places.districts()) {
                reports.addAll(unit(code, district.code(), KonTumPlaces.PROVINCE, random));
                for (KonTumPlaces.Commune commune : district.communes()) {
                    reports.addAll(unit(code, commune.code(), district.code(), random));
                }
            }
        }
        return new Result(reports, irregular(reports, places));
    }

    /** Who submits the reports of {@code agency}'s {@code unit}. */
    static String submitter(String agency, String unit) {
        return SUBMITTERS.get(Math.floorMod((agency + unit).hashCode(), SUBMITTERS.size()));
    }

    /** Who approves the reports sent to {@code agency}'s {@code approvingUnit} (never one of the submitters). */
    public static String approver(String agency, String approvingUnit) {
        return APPROVERS.get(Math.floorMod((agency + approvingUnit).hashCode(), APPROVERS.size()));
    }

    private static List<Report> unit(String agency, String unit, String approvingUnit, SplittableRandom random) {
        double late = unit.equals(ActivityPlan.WEAK_DISTRICT) && agency.equals(KnownAgencies.FARMERS) ? 0.6
                : inWeakDistrict(unit) ? WEAK_DISTRICT_LATE : LATE;
        boolean weakCommune = unit.equals(ActivityPlan.WEAK_COMMUNE)
                && (agency.equals(KnownAgencies.POLICE) || agency.equals(KnownAgencies.WOMEN_UNION));
        double gap = weakCommune ? 0.33 : unit.equals(DemoAccounts.COMMUNE) ? 0 : GAP;
        if (weakCommune) {
            late = 0.3;
        }
        String by = submitter(agency, unit);
        String approver = approver(agency, approvingUnit);
        List<Report> reports = new ArrayList<>();
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            double draw = random.nextDouble();
            boolean stopped = unit.equals(ActivityPlan.FALLING_COMMUNE) && agency.equals(KnownAgencies.VETERANS)
                    && !month.isBefore(VETERANS_STOP);
            if (draw < gap || stopped) {
                continue;
            }
            LocalDate submitted = month.atEndOfMonth().plusDays(random.nextDouble() < late
                    ? random.nextInt(ON_TIME_DAY + 1, 25) : random.nextInt(1, ON_TIME_DAY + 1));
            List<Step> steps = new ArrayList<>();
            ZonedDateTime at = workingHours(submitted, random);
            steps.add(new Step("SUBMITTED", at, by, null));
            if (random.nextDouble() < RETURNED) {
                at = workingHours(at.toLocalDate().plusDays(random.nextInt(1, 3)), random);
                steps.add(new Step("RETURNED", at, approver, REASONS.get(random.nextInt(REASONS.size()))));
                at = workingHours(at.toLocalDate().plusDays(random.nextInt(1, 4)), random);
                steps.add(new Step("SUBMITTED", at, by, null));
            }
            at = workingHours(at.toLocalDate().plusDays(random.nextInt(1, 5)), random);
            steps.add(new Step("APPROVED", at, approver, null));
            reports.add(new Report(agency, unit, month.toString(), List.copyOf(steps)));
        }
        return reports;
    }

    private static boolean inWeakDistrict(String unit) {
        return unit.length() == 5 && KonTumPlaces.get().commune(unit).districtCode().equals(ActivityPlan.WEAK_DISTRICT);
    }

    /** A moment of an office day, 08:00 to 16:00 Vietnam time. */
    private static ZonedDateTime workingHours(LocalDate day, SplittableRandom random) {
        return day.atTime(LocalTime.of(random.nextInt(8, 16), random.nextInt(60))).atZone(VietnamTime.ZONE);
    }

    /** Analytics' IRREGULAR_REPORTING rule applied to the reports: judged from each unit's first report. */
    private static List<Planted> irregular(List<Report> reports, KonTumPlaces places) {
        Map<String, List<Report>> byUnit = new LinkedHashMap<>();
        reports.stream().filter(r -> !YearMonth.parse(r.period()).isBefore(JUDGED_FROM))
                .forEach(r -> byUnit.computeIfAbsent(r.agency() + "|" + r.unit(), key -> new ArrayList<>()).add(r));
        List<Planted> planted = new ArrayList<>();
        byUnit.forEach((key, unitReports) -> {
            YearMonth first = YearMonth.parse(unitReports.get(0).period());
            long expected = first.until(LAST, java.time.temporal.ChronoUnit.MONTHS) + 1;
            long submitted = unitReports.size();
            long onTime = unitReports.stream().filter(Report::onTime).count();
            if (submitted < MIN_REPORTING_RATE * expected || onTime < MIN_ON_TIME_RATE * expected) {
                String unit = unitReports.get(0).unit();
                planted.add(new Planted(Planted.Kind.IRREGULAR_REPORTING, key, name(unit, places),
                        String.format(Locale.ROOT, "%d of %d monthly reports from %s to 2024-12 sent, %d on time", submitted,
                                expected, first, onTime)));
            }
        });
        return planted;
    }

    private static String name(String unit, KonTumPlaces places) {
        return switch (unit.length()) {
            case 2 -> "Tỉnh Kon Tum";
            case 3 -> places.district(unit).name();
            default -> places.commune(unit).name();
        };
    }
}
