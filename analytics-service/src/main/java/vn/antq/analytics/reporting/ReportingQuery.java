package vn.antq.analytics.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.reporting.ReportingAnswer.NotReported;
import vn.antq.analytics.reporting.ReportingAnswer.Rates;
import vn.antq.analytics.reporting.ReportingAnswer.UnitRow;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Vocabulary;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.PeriodState;
import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.reference.VietnamTime;

/**
 * The one rule of reporting by the units (tình hình gửi báo cáo kỳ), which {@code GET /reporting}, the IRREGULAR_REPORTING
 * shortcoming and the review report all read: of the reports expected, how many were submitted, approved and on time,
 * and which units have not reported.
 *
 * <p><b>Expected reports.</b> For each agency in the scope (the scope's agency; without one every known agency) and each
 * period of its cadence ({@code antq.reporting.cadence.<AGENCY>}, monthly by default, else quarterly) whose last month
 * lies in [{@code from}, {@code to}] and which has ended (Vietnam date): every unit of {@link ExpectedUnits} within the
 * locality, in the structure in force at the period's end (2019-2024 communes, districts and province for periods up
 * to 2025-06; 2025 communes and province after). <b>Submitted</b>: the report stands SUBMITTED or APPROVED (a returned
 * or unlocked one is not). <b>On time</b>: submitted, and first submitted at the latest on day
 * {@code antq.analytics.reporting.on-time-day} (5) of the month after the period. Reporting rate = submitted /
 * expected; on-time rate = on time / expected.
 */
@Component
public class ReportingQuery {

    /** The longest span asked at once: a province's units over five years. */
    public static final int MAX_MONTHS = 60;

    private final Generations generations;
    private final Places places;
    private final ExpectedUnits expectedUnits;
    private final ReportingProperties cadences;
    private final OnTimeRule onTimeRule;
    private final Clock clock;

    ReportingQuery(Generations generations, Places places, ExpectedUnits expectedUnits, ReportingProperties cadences,
            OnTimeRule onTimeRule, Clock clock) {
        this.generations = generations;
        this.places = places;
        this.expectedUnits = expectedUnits;
        this.cadences = cadences;
        this.onTimeRule = onTimeRule;
        this.clock = clock;
    }

    /**
     * @param scope       its locality is required: the expected units are counted one by one
     * @param dataSetCode ACTIVITIES or MODEL_REPORTS
     * @param range       both months required
     * @param locale      the language of the names in the answer
     */
    public ReportingAnswer answer(ReadScope scope, String dataSetCode, MonthRange range, Locale locale) {
        Objects.requireNonNull(scope.locality(), "locality");
        Objects.requireNonNull(range.from(), "from");
        Objects.requireNonNull(range.to(), "to");
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

    /**
     * The periods read where a question gives a period that may be open ({@code /shortcomings}, the review report):
     * those ending from {@code from} to {@code to}; without {@code to} up to the last complete month, without
     * {@code from} the twelve months up to {@code to}, and never more than the last {@value #MAX_MONTHS} months.
     * Null when no period of it can have ended yet.
     */
    public static MonthRange window(MonthRange range, LocalDate today) {
        YearMonth lastComplete = YearMonth.from(today).minusMonths(1);
        YearMonth to = range.to() == null || range.to().isAfter(lastComplete) ? lastComplete : range.to();
        YearMonth from = range.from() == null ? to.minusMonths(11) : range.from();
        if (from.isBefore(to.minusMonths(MAX_MONTHS - 1L))) {
            from = to.minusMonths(MAX_MONTHS - 1L);
        }
        return from.isAfter(to) ? null : new MonthRange(from, to);
    }

    /**
     * The provinces, within the scope (its agency, else every known agency; its locality, if any), where a report of
     * the data set of a period ending in the window stands submitted or approved: where the units report at all.
     */
    public List<String> provincesReporting(ReadScope scope, String dataSet, MonthRange window) {
        Document match = new Document("dataSet", dataSet)
                .append("periodEnd", new Document("$gte", window.from().atDay(1).toString())
                        .append("$lte", window.to().atEndOfMonth().toString()))
                .append("$or", List.of(new Document(Items.totalPath(PeriodCells.SUBMITTED), 1),
                        new Document(Items.totalPath(PeriodCells.APPROVED), 1)));
        if (scope.agency() == null) {
            match.append("agency", new Document("$in", KnownAgencies.ALL.stream().map(KnownAgencies.Agency::code).toList()));
        }
        scope.addTo(match, "agency");
        List<String> provinces = generations.answer(generation -> generations.cells(generation,
                ProjectionCollections.PERIODS).cells().distinct(Place.PROVINCE, match, String.class).into(new ArrayList<>()));
        provinces.sort(null);
        return provinces;
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
            return ReportingAnswer.rate(count, expected);
        }
    }
}
