package vn.antq.analytics.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.Enums;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reporting.ReportingAnswer.NotReported;
import vn.antq.analytics.reporting.ReportingAnswer.Rates;
import vn.antq.analytics.reporting.ReportingAnswer.UnitRow;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Vocabulary;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodState;
import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * Reporting by the units (tình hình gửi báo cáo kỳ): of the reports expected, how many were submitted, approved and
 * on time, and which units have not reported.
 *
 * <p><b>Expected reports.</b> For each agency in the caller's scope (the one asked or the token's; OPS and ADMIN without
 * {@code agency}: every known agency) and each period of its cadence ({@code antq.reporting.cadence.<AGENCY>}, monthly by
 * default, else quarterly) whose last month lies in [{@code from}, {@code to}] and which has ended (Vietnam date):
 * every unit of {@link ExpectedUnits} within the locality, in the structure in force at the period's end (2019-2024
 * communes, districts and province for periods up to 2025-06; 2025 communes and province after). <b>Submitted</b>: the
 * report stands SUBMITTED or APPROVED (a returned or unlocked one is not). <b>On time</b>: submitted, and first
 * submitted at the latest on day {@code antq.analytics.reporting.on-time-day} (5) of the month after the period.
 * Reporting rate = submitted / expected; on-time rate = on time / expected.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class ReportingController {

    static final String DESCRIPTION = "Expected reports: for each agency in scope (all known agencies for OPS/ADMIN "
            + "without `agency`) and each period of its cadence (`antq.reporting.cadence.<AGENCY>`: MONTHLY by default, "
            + "or QUARTERLY) whose last month lies in [from, to] and that has ended: every commune in force at the period's "
            + "end within `locality`, plus every district (2019-2024 structure only) and the province within it; periods "
            + "ending up to 2025-06 expect 2019-2024 units, later ones 2025 units. Submitted = the report stands SUBMITTED "
            + "or APPROVED. On time = submitted and first submitted (Vietnam date) by day `antq.analytics.reporting."
            + "on-time-day` (5) of the month after the period. reportingRate = submitted / expected, onTimeRate = on time / "
            + "expected. `notReported` lists the expected units without a submitted or approved report.";

    /** The longest span asked at once: a province's units over five years. */
    static final int MAX_MONTHS = 60;

    private final Generations generations;
    private final Structures structures;
    private final Places places;
    private final ExpectedUnits expectedUnits;
    private final ReportingProperties cadences;
    private final OnTimeRule onTimeRule;
    private final Clock clock;

    ReportingController(Generations generations, Structures structures, Places places, ExpectedUnits expectedUnits,
            ReportingProperties cadences, OnTimeRule onTimeRule, Clock clock) {
        this.generations = generations;
        this.structures = structures;
        this.places = places;
        this.expectedUnits = expectedUnits;
        this.cadences = cadences;
        this.onTimeRule = onTimeRule;
        this.clock = clock;
    }

    @GetMapping("/reporting")
    @Operation(summary = "Units' reports of their periods: expected, submitted, approved, on time, rates and the units "
            + "that have not reported", description = DESCRIPTION)
    ReportingAnswer reporting(AntqUser user, @RequestParam(required = false) String agency,
            @Parameter(description = "ACTIVITIES (default) or MODEL_REPORTS") @RequestParam(required = false) String dataSet,
            @Parameter(description = "first month: 2024, 2024-Q2, 2024-05 or 2024-05-15") @RequestParam(required = false) String from,
            @Parameter(description = "last month, as from") @RequestParam(required = false) String to,
            @Parameter(description = "a province (2 digits), district (3) or commune (5) code; the token's when absent")
            @RequestParam(required = false) String locality, Locale locale) {
        ReadScope scope = structures.scopeOf(user, agency, locality);
        String set = Enums.parse("dataSet", dataSet, DataSet.class);
        String dataSetCode = set == null ? DataSet.ACTIVITIES.name() : set;
        MonthRange range = range(from, to, scope.locality());
        List<String> agencies = scope.agency() != null ? List.of(scope.agency())
                : KnownAgencies.ALL.stream().map(KnownAgencies.Agency::code).toList();
        LocalDate today = VietnamTime.today(clock);

        Map<String, List<String>> periodsByAgency = new LinkedHashMap<>();
        List<String> allPeriods = new ArrayList<>();
        for (String each : agencies) {
            List<String> periods = cadences.cadenceOf(each).periodsEndingIn(range.from(), range.to()).stream()
                    .filter(period -> new ReportPeriod(period).end().isBefore(today)).toList();
            periodsByAgency.put(each, periods);
            periods.stream().filter(period -> !allPeriods.contains(period)).forEach(allPeriods::add);
        }
        Map<String, Document> cells = cells(dataSetCode, agencies, allPeriods, scope.locality());

        Tally tally = new Tally(locale);
        Map<String, List<AdminPath>> unitsByPeriod = new HashMap<>();
        periodsByAgency.forEach((each, periods) -> {
            String cadence = cadences.cadenceOf(each).name();
            Counts ofAgency = new Counts();
            for (String period : periods) {
                LocalDate end = new ReportPeriod(period).end();
                Counts ofPeriod = new Counts();
                for (AdminPath unit : unitsByPeriod.computeIfAbsent(period, key -> expectedUnits.within(scope.locality(), end))) {
                    Document cell = cells.get(PeriodCells.key(dataSetCode, each, unit.mostSpecificCode(), period));
                    UnitRow row = tally.row(each, period, end, unit, cell);
                    ofPeriod.add(row);
                    ofAgency.add(row);
                }
                tally.byPeriod.add(ofPeriod.rates(tally, each, cadence, period));
            }
            tally.totals.add(ofAgency.rates(tally, each, cadence, null));
        });
        return new ReportingAnswer(dataSetCode, Vocabulary.label(Vocabulary.DATA_SET, dataSetCode, locale),
                range.from().toString(), range.to().toString(), scope.locality(),
                places.resolve(scope.locality()).map(AdminPath::displayName).orElse(null), onTimeRule.onTimeDay(),
                tally.totals, tally.byPeriod, tally.rows, tally.notReported, Answers.asOf(clock));
    }

    /** from and to are required, and a locality (asked, or the token's): the expected units are counted one by one. */
    private static MonthRange range(String from, String to, String locality) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null || from.isBlank()) {
            problems.add(FieldProblem.of("from", "Cần có tháng bắt đầu (ví dụ: 2024-01)",
                    "A first month is required (e.g. 2024-01)"));
        }
        if (to == null || to.isBlank()) {
            problems.add(FieldProblem.of("to", "Cần có tháng kết thúc (ví dụ: 2024-12)",
                    "A last month is required (e.g. 2024-12)"));
        }
        if (locality == null) {
            problems.add(FieldProblem.of("locality", "Cần chọn địa bàn: mã tỉnh, huyện hoặc xã",
                    "A locality is required: a province, district or commune code"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        MonthRange range = MonthRange.parse(from, to);
        if (ChronoUnit.MONTHS.between(range.from(), range.to()) >= MAX_MONTHS) {
            throw ApiException.badRequest(FieldProblem.of("to",
                    "Khoảng thời gian quá dài: tối đa " + MAX_MONTHS + " tháng",
                    "The period is too long: at most " + MAX_MONTHS + " months"));
        }
        return range;
    }

    /** The reports' cells of these agencies and periods within the locality, by key. */
    private Map<String, Document> cells(String dataSet, List<String> agencies, List<String> periods, String locality) {
        Document match = new Document("dataSet", dataSet).append("agency", new Document("$in", agencies))
                .append("period", new Document("$in", periods));
        new ReadScope(null, locality).addTo(match, "agency");
        Map<String, Document> cells = new HashMap<>();
        generations.answer(generation -> generations.cells(generation, ProjectionCollections.PERIODS).cells()
                .find(match).projection(new Document(Items.ITEMS, 0)).into(new ArrayList<>()))
                .forEach(cell -> cells.put(cell.getString("_id"), cell));
        return cells;
    }

    /** The rows and lists of one answer, in the caller's language. */
    private final class Tally {

        final Locale locale;
        final List<Rates> totals = new ArrayList<>();
        final List<Rates> byPeriod = new ArrayList<>();
        final List<UnitRow> rows = new ArrayList<>();
        final List<NotReported> notReported = new ArrayList<>();

        Tally(Locale locale) {
            this.locale = locale;
        }

        UnitRow row(String agency, String period, LocalDate end, AdminPath unit, Document cell) {
            Place place = places.of(unit);
            String level = unit.mostSpecific().level().name();
            String agencyName = Vocabulary.label(Vocabulary.AGENCY, agency, locale);
            String levelName = Vocabulary.label(Vocabulary.LEVEL, level, locale);
            Document totals = cell == null ? new Document() : cell.get(Items.TOTALS, Document.class);
            PeriodState state = cell == null ? null : stateOf(totals);
            String stateName = state == null ? null : Vocabulary.label(Vocabulary.PERIOD_STATE, state.name(), locale);
            boolean submitted = state == PeriodState.SUBMITTED || state == PeriodState.APPROVED;
            Long days = cell == null ? null : number(totals, PeriodCells.DAYS_TO_FIRST_SUBMISSION);
            UnitRow row = new UnitRow(agency, agencyName, period, unit.mostSpecificCode(), unit.mostSpecific().name(),
                    level, levelName, place.province(), place.provinceName(), place.district(), place.districtName(),
                    place.commune(), place.communeName(), state == null ? null : state.name(), stateName, 1,
                    flag(submitted), flag(state == PeriodState.APPROVED), flag(state == PeriodState.RETURNED),
                    flag(submitted && onTimeRule.isOnTime(days)), cell == null ? 0 : number(totals, PeriodCells.RECORDS),
                    days == null ? null : end.plusDays(days).toString(), days);
            rows.add(row);
            if (!submitted) {
                notReported.add(new NotReported(agency, agencyName, period, row.unit(), unit.displayName(), level,
                        levelName, row.state(), stateName));
            }
            return row;
        }

        private static PeriodState stateOf(Document totals) {
            if (number(totals, PeriodCells.APPROVED) > 0) {
                return PeriodState.APPROVED;
            }
            if (number(totals, PeriodCells.SUBMITTED) > 0) {
                return PeriodState.SUBMITTED;
            }
            return number(totals, PeriodCells.RETURNED) > 0 ? PeriodState.RETURNED : PeriodState.OPEN;
        }

        private static long number(Document totals, String name) {
            return totals.get(name) instanceof Number value ? value.longValue() : 0;
        }

        private static long flag(boolean value) {
            return value ? 1 : 0;
        }
    }

    /** Sums of unit rows. */
    private static final class Counts {

        long expected;
        long submitted;
        long approved;
        long returned;
        long onTime;

        void add(UnitRow row) {
            expected += row.expected();
            submitted += row.submitted();
            approved += row.approved();
            returned += row.returned();
            onTime += row.onTime();
        }

        Rates rates(Tally tally, String agency, String cadence, String period) {
            return new Rates(agency, Vocabulary.label(Vocabulary.AGENCY, agency, tally.locale), cadence, period, expected,
                    submitted, approved, returned, onTime, rate(submitted), rate(onTime));
        }

        private Double rate(long count) {
            return expected == 0 ? null : Math.round(count * 10000.0 / expected) / 10000.0;
        }
    }
}
