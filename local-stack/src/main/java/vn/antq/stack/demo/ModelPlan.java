package vn.antq.stack.demo;

import static vn.antq.contracts.common.KnownAgencies.FARMERS;
import static vn.antq.contracts.common.KnownAgencies.POLICE;
import static vn.antq.contracts.common.KnownAgencies.VETERANS;
import static vn.antq.contracts.common.KnownAgencies.WOMEN_UNION;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.antq.contracts.model.ModelStatus;
import vn.antq.models.modeltype.ModelType;
import vn.antq.stack.demo.DemoModel.StatusChange;
import vn.antq.stack.demo.KonTumPlaces.Commune;

/**
 * The self-managed security models (mô hình tự quản về ANTT) and their reports. Healthy models report every
 * quarter (a few every month) from 2019, or from their founding, up to the last period completed before the
 * load; some were suspended, one dissolved, one suspended and reactivated. Planted: three models that exist
 * only on paper (ACTIVE, silent for years) and two pairs that overlap (two ACTIVE models of one type in one
 * commune).
 */
final class ModelPlan {

    static final long SEED = 3_2019L;
    private static final YearMonth FIRST_REPORT = YearMonth.of(2019, 1);

    enum Cadence { MONTHLY, QUARTERLY }

    /** Regular models: {@code count} of a type per agency, the first {@code monthly} of them reporting monthly. */
    private record Spec(String agency, String type, List<String> partners, int count, int monthly) {
    }

    private static final List<Spec> REGULAR = List.of(
            new Spec(WOMEN_UNION, "WOMEN_CRIME_PREVENTION", List.of(POLICE), 7, 2),
            new Spec(WOMEN_UNION, "WOMEN_LEGAL_OUTREACH_TEAM", List.of(POLICE), 6, 1),
            new Spec(WOMEN_UNION, "ETHNIC_RELIGIOUS_WOMEN_LAW", List.of(POLICE), 6, 1),
            new Spec(WOMEN_UNION, "MEDIATION_TEAM", List.of(), 2, 0),
            new Spec(WOMEN_UNION, "REINTEGRATION_SUPPORT_GROUP", List.of(POLICE), 2, 0),
            new Spec(POLICE, "SELF_MANAGED_SECURITY_TEAM", List.of(), 5, 0),
            new Spec(POLICE, "CRIME_FREE_HAMLET", List.of(), 5, 0),
            new Spec(POLICE, "SECURITY_CAMERA_NETWORK", List.of(), 3, 1),
            new Spec(VETERANS, "REINTEGRATION_SUPPORT_GROUP", List.of(POLICE), 3, 0),
            new Spec(VETERANS, "SELF_MANAGED_SECURITY_TEAM", List.of(POLICE), 2, 0),
            new Spec(VETERANS, "MEDIATION_TEAM", List.of(), 2, 0),
            new Spec(FARMERS, "MEDIATION_TEAM", List.of(), 2, 0),
            new Spec(FARMERS, "SELF_MANAGED_SECURITY_TEAM", List.of(POLICE), 2, 0));

    /** What became of some regular models, by key: when their reports stop, and the status changes after. */
    private record Fate(String lastPeriod, String gapFrom, String gapTo, List<StatusChange> changes) {
    }

    private static final Map<String, Fate> FATES = Map.of(
            "WOMEN_UNION-ETHNIC_RELIGIOUS_WOMEN_LAW-6", new Fate("2024-Q1", null, null, List.of(
                    new StatusChange(ModelStatus.SUSPENDED, "Tạm dừng để kiện toàn tổ sau khi tổ trưởng chuyển công tác"))),
            "FARMERS-SELF_MANAGED_SECURITY_TEAM-2", new Fate("2023-Q3", null, null, List.of(
                    new StatusChange(ModelStatus.SUSPENDED, "Tạm dừng do thôn sáp nhập, chờ kiện toàn lại"))),
            "VETERANS-MEDIATION_TEAM-2", new Fate("2025-Q2", null, null, List.of(
                    new StatusChange(ModelStatus.SUSPENDED, "Tạm dừng do thành viên tuổi cao, đang bổ sung người mới"))),
            "POLICE-CRIME_FREE_HAMLET-5", new Fate("2023-Q2", null, null, List.of(
                    new StatusChange(ModelStatus.DISSOLVED, "Giải thể do sáp nhập thôn; thành viên chuyển sang tổ tự quản của thôn mới"))),
            "POLICE-SECURITY_CAMERA_NETWORK-2", new Fate(null, "2021-07", "2022-03", List.of(
                    new StatusChange(ModelStatus.SUSPENDED, "Tạm dừng do camera hư hỏng, chờ kinh phí sửa chữa"),
                    new StatusChange(ModelStatus.ACTIVE, "Đã sửa chữa, lắp thêm camera; hoạt động trở lại"))));

    /** Paper-only: ACTIVE, but their last report is years old (or there is none). */
    static final String PAPER_LEGAL_OUTREACH = "23407";   // Xã Đắk Na, Tu Mơ Rông
    static final String PAPER_MEDIATION = "23551";        // Xã Ya Tăng, Sa Thầy
    static final String PAPER_SECURITY_TEAM = "23485";    // Xã Đắk Tơ Lung, Kon Rẫy
    /** Overlapping: two ACTIVE models of one type in one commune, of different agencies. */
    static final String OVERLAP_MEDIATION = "23512";      // Xã Đắk Mar, Đắk Hà
    static final String OVERLAP_SECURITY_TEAM = "23377";  // Thị trấn Plei Kần, Ngọc Hồi
    private static final Set<String> RESERVED = Set.of(PAPER_LEGAL_OUTREACH, PAPER_MEDIATION, PAPER_SECURITY_TEAM,
            OVERLAP_MEDIATION, OVERLAP_SECURITY_TEAM);

    private final KonTumPlaces places = KonTumPlaces.get();
    private final Random random = new Random(SEED);
    private final YearMonth lastMonth;
    private final List<DemoModel> models = new ArrayList<>();
    private final List<Planted> planted = new ArrayList<>();

    /** @param today the day of the load: healthy models have reported every period completed before it */
    private ModelPlan(LocalDate today) {
        this.lastMonth = YearMonth.from(today).minusMonths(1);
    }

    record Result(List<DemoModel> models, List<Planted> planted) {
    }

    static Result generate(LocalDate today) {
        return new ModelPlan(today).build();
    }

    private Result build() {
        List<Commune> communes = new ArrayList<>(places.communes());
        Collections.shuffle(communes, random);
        Set<String> usedByType = new HashSet<>();
        int next = 0;
        for (Spec spec : REGULAR) {
            for (int i = 1; i <= spec.count(); i++) {
                Commune commune;
                do {
                    commune = communes.get(next++ % communes.size());
                } while (RESERVED.contains(commune.code()) || !usedByType.add(spec.type() + "|" + commune.code()));
                String key = spec.agency() + "-" + spec.type() + "-" + i;
                Cadence cadence = i <= spec.monthly() ? Cadence.MONTHLY : Cadence.QUARTERLY;
                LocalDate established = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(5 * 365 + 180));
                Fate fate = FATES.getOrDefault(key, new Fate(null, null, null, List.of()));
                models.add(model(key, spec.agency(), spec.type(), spec.partners(), commune, established, cadence,
                        fate.lastPeriod(), fate.gapFrom(), fate.gapTo(), fate.changes()));
            }
        }
        plantPaperOnly();
        plantOverlaps();
        return new Result(List.copyOf(models), List.copyOf(planted));
    }

    private void plantPaperOnly() {
        DemoModel legal = model("PAPER-WOMEN_UNION-WOMEN_LEGAL_OUTREACH_TEAM", WOMEN_UNION, "WOMEN_LEGAL_OUTREACH_TEAM",
                List.of(POLICE), places.commune(PAPER_LEGAL_OUTREACH), LocalDate.of(2019, 5, 10), Cadence.QUARTERLY,
                "2022-Q4", null, null, List.of());
        DemoModel mediation = model("PAPER-FARMERS-MEDIATION_TEAM", FARMERS, "MEDIATION_TEAM", List.of(),
                places.commune(PAPER_MEDIATION), LocalDate.of(2018, 8, 20), Cadence.QUARTERLY, "2023-Q1", null, null,
                List.of());
        DemoModel security = model("PAPER-VETERANS-SELF_MANAGED_SECURITY_TEAM", VETERANS, "SELF_MANAGED_SECURITY_TEAM",
                List.of(), places.commune(PAPER_SECURITY_TEAM), LocalDate.of(2020, 3, 2), Cadence.QUARTERLY,
                "none", null, null, List.of());
        for (DemoModel model : List.of(legal, mediation, security)) {
            models.add(model);
            String last = model.reports().isEmpty() ? "no report since it was registered on " + model.establishedOn()
                    : "last report " + model.reports().get(model.reports().size() - 1).period();
            planted.add(new Planted(Planted.Kind.PAPER_ONLY_MODEL, model.name(), model.name(),
                    model.agency() + " " + model.type() + " in commune " + model.commune() + ", ACTIVE, " + last));
        }
    }

    private void plantOverlaps() {
        overlap(OVERLAP_MEDIATION, "MEDIATION_TEAM", WOMEN_UNION, FARMERS, LocalDate.of(2017, 9, 12),
                LocalDate.of(2021, 4, 6));
        overlap(OVERLAP_SECURITY_TEAM, "SELF_MANAGED_SECURITY_TEAM", POLICE, VETERANS, LocalDate.of(2016, 6, 1),
                LocalDate.of(2020, 10, 15));
    }

    private void overlap(String communeCode, String type, String first, String second, LocalDate firstFounded,
                         LocalDate secondFounded) {
        Commune commune = places.commune(communeCode);
        DemoModel a = model("OVERLAP-" + first + "-" + type, first, type, List.of(), commune, firstFounded,
                Cadence.QUARTERLY, null, null, null, List.of());
        DemoModel b = model("OVERLAP-" + second + "-" + type, second, type, List.of(), commune, secondFounded,
                Cadence.QUARTERLY, null, null, null, List.of());
        models.add(a);
        models.add(b);
        planted.add(new Planted(Planted.Kind.OVERLAPPING_MODELS, type + "|" + communeCode,
                typeLabel(type) + ", " + commune.name(),
                "two ACTIVE " + type + " models in commune " + communeCode + ": \"" + a.name() + "\" (" + first
                        + ") and \"" + b.name() + "\" (" + second + ")"));
    }

    /**
     * A model with its reports: every period from 2019 (or its founding) to {@code lastPeriod} ("none": no report,
     * null: the last completed one), without those from {@code gapFrom} to {@code gapTo}.
     */
    private DemoModel model(String key, String agency, String type, List<String> partners, Commune commune,
                            LocalDate established, Cadence cadence, String lastPeriod, String gapFrom, String gapTo,
                            List<StatusChange> changes) {
        String village = (commune.name().startsWith("Xã") ? "thôn " : "tổ dân phố ") + (1 + random.nextInt(9));
        long members = 8 + random.nextInt(28);
        String name = "Mô hình \"" + typeLabel(type) + "\" " + village + ", " + commune.name();
        List<DemoReport> reports = "none".equals(lastPeriod) ? List.of()
                : reports(type, cadence, established, members, lastPeriod, gapFrom, gapTo);
        return new DemoModel(key, name, type, agency, partners, commune.districtCode(), commune.code(), village,
                established, members, reports, changes);
    }

    private List<DemoReport> reports(String type, Cadence cadence, LocalDate established, long members,
                                     String lastPeriod, String gapFrom, String gapTo) {
        YearMonth from = YearMonth.from(established).isAfter(FIRST_REPORT) ? YearMonth.from(established) : FIRST_REPORT;
        YearMonth until = lastPeriod == null ? lastMonth : endOf(lastPeriod);
        YearMonth gapStart = gapFrom == null ? null : YearMonth.parse(gapFrom);
        YearMonth gapEnd = gapTo == null ? null : YearMonth.parse(gapTo);
        int step = cadence == Cadence.MONTHLY ? 1 : 3;
        YearMonth period = cadence == Cadence.MONTHLY ? from
                : YearMonth.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1);
        List<DemoReport> reports = new ArrayList<>();
        long size = members;
        for (; !period.plusMonths(step - 1).isAfter(until); period = period.plusMonths(step)) {
            if (gapStart != null && !period.isBefore(gapStart) && !period.isAfter(gapEnd)) {
                continue;
            }
            if (random.nextInt(8 * step) == 0) {
                size++;
            }
            reports.add(report(type, cadence, period, size));
        }
        return reports;
    }

    private DemoReport report(String type, Cadence cadence, YearMonth period, long members) {
        int months = cadence == Cadence.MONTHLY ? 1 : 3;
        // Incidents fall over the years (the article's point 4); mediation and support go on.
        double incidentRate = Math.max(0.15, 0.9 - 0.1 * (period.getYear() - 2019)) * months / 3.0;
        boolean reintegration = type.equals("REINTEGRATION_SUPPORT_GROUP");
        boolean mediation = type.equals("MEDIATION_TEAM");
        long meetings = months + random.nextInt(months + 1);
        long mediations = poisson((mediation ? 1.2 : 0.4) * months / 3.0);
        long tips = poisson(0.5 * months / 3.0);
        long supported = poisson((reintegration ? 1.5 : 0.2) * months / 3.0);
        long incidents = poisson(incidentRate);
        String code = cadence == Cadence.MONTHLY ? period.toString()
                : period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
        String notes = mediations > 1 ? "Hòa giải thành công " + mediations + " vụ việc mâu thuẫn trong thôn" : null;
        return new DemoReport(code, meetings, mediations, tips, supported, incidents, members, notes);
    }

    private long poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** The last month of a period "2024-Q1" or "2024-05". */
    private static YearMonth endOf(String period) {
        if (period.contains("Q")) {
            int quarter = period.charAt(period.length() - 1) - '0';
            return YearMonth.of(Integer.parseInt(period.substring(0, 4)), quarter * 3);
        }
        return YearMonth.parse(period);
    }

    static String typeLabel(String type) {
        return ModelType.DEFAULTS.stream().filter(t -> t.code().equals(type)).findFirst()
                .map(t -> t.label().vi())
                .orElseThrow(() -> new IllegalArgumentException("Not a default model type: " + type));
    }
}
