package vn.antq.analytics.reviewreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.awardcounts.AwardCells;
import vn.antq.analytics.awardcounts.AwardsAnswer;
import vn.antq.analytics.coordination.CoordinationAnswer;
import vn.antq.analytics.coordination.CoordinationCells;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.modelhealth.ModelHealthQuery;
import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.materials.MaterialsQuery;
import vn.antq.analytics.outcomes.OutcomesAnswer;
import vn.antq.analytics.outcomes.OutcomesQuery;
import vn.antq.analytics.trainings.TrainingCells;
import vn.antq.analytics.trainings.TrainingsQuery;
import vn.antq.analytics.participation.ParticipationAnswer;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.Readable;
import vn.antq.analytics.reporting.ReportingAnswer.Rates;
import vn.antq.analytics.reporting.ReportingQuery;
import vn.antq.analytics.reviewreport.ReportAnswer.AgencyFormRow;
import vn.antq.analytics.reviewreport.ReportAnswer.AgencyRow;
import vn.antq.analytics.reviewreport.ReportAnswer.AwardYearRow;
import vn.antq.analytics.reviewreport.ReportAnswer.ChannelRow;
import vn.antq.analytics.reviewreport.ReportAnswer.Commendations;
import vn.antq.analytics.reviewreport.ReportAnswer.Coordination;
import vn.antq.analytics.reviewreport.ReportAnswer.DistrictRow;
import vn.antq.analytics.reviewreport.ReportAnswer.KindRow;
import vn.antq.analytics.reviewreport.ReportAnswer.Outreach;
import vn.antq.analytics.reviewreport.ReportAnswer.PairRow;
import vn.antq.analytics.reviewreport.ReportAnswer.YearRow;
import vn.antq.analytics.reviewreport.ReviewReport.Chart;
import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;
import vn.antq.analytics.shortcomings.Finding;
import vn.antq.analytics.shortcomings.Subject;
import vn.antq.analytics.shortcomings.ShortcomingKind;
import vn.antq.analytics.shortcomings.ShortcomingsAnswer;
import vn.antq.analytics.shortcomings.ShortcomingsQuery;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Palette;
import vn.antq.contracts.common.Vocabulary;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.reference.VietnamTime;

/**
 * Puts the review report together from the same queries the API answers with, so that its numbers are the API's:
 * outreach as {@code /participation} groups it (by agency, channel, kind, district, year), coordination as
 * {@code /coordination} (by pair), the models' health as {@code /models} as of the period's last day, commendations
 * as {@code /awards} (by agency and form, by year), the police's outcomes as {@code /outcomes} (by year), reporting by the units as {@code /reporting} (by agency), and the
 * shortcomings as {@code /shortcomings}. Who sees what is the same too ({@link ReadScope}).
 */
@Component
class ReportQuery {

    private final MongoDatabase database;
    private final Generations generations;
    private final Places places;
    private final ModelHealthQuery models;
    private final ShortcomingsQuery shortcomings;
    private final ReportingQuery reporting;
    private final OutcomesQuery outcomes;
    private final TrainingsQuery trainings;
    private final MaterialsQuery materials;
    private final Clock clock;

    ReportQuery(MongoDatabase analyticsDatabase, Generations generations, Places places, ModelHealthQuery models,
            ShortcomingsQuery shortcomings, ReportingQuery reporting, OutcomesQuery outcomes, TrainingsQuery trainings,
            MaterialsQuery materials, Clock clock) {
        this.trainings = trainings;
        this.materials = materials;
        this.reporting = reporting;
        this.outcomes = outcomes;
        this.database = analyticsDatabase;
        this.generations = generations;
        this.places = places;
        this.models = models;
        this.shortcomings = shortcomings;
        this.clock = clock;
    }

    ReviewReport report(ReadScope scope, MonthRange range, Locale locale) {
        String title = ReportText.of("title", locale);
        String period = periodText(range, locale);
        String locality = scope.locality() == null ? ReportText.of("everywhere", locale)
                : places.resolve(scope.locality()).map(path -> path.displayName() + " (" + scope.locality() + ")")
                        .orElse(scope.locality());
        String asOf = Answers.asOf(clock);

        List<Section> sections = new ArrayList<>();
        Outreach outreach = outreach(scope, range, locale, sections);
        Coordination coordination = coordination(scope, range, locale, sections);
        ModelsAnswer health = models(scope, range, locale, sections);
        Commendations commendations = commendations(scope, range, locale, sections);
        OutcomesAnswer outcome = outcomes(scope, range, locale, sections);
        ReportAnswer.Skills skills = skills(scope, range, locale, sections);
        ReportAnswer.Reporting reports = reporting(scope, range, locale);
        sections.add(reportingSection(reports, locale));
        ShortcomingsAnswer found = shortcomings.answer(scope, range);
        sections.add(shortcomingsSection(found, locale));
        sections.add(0, summary(outreach, coordination, health, commendations, found, locale));

        ReportAnswer json = new ReportAnswer(title, locale.getLanguage(), range.from() == null ? null : range.from().toString(),
                range.to() == null ? null : range.to().toString(), scope.locality(), locality, outreach, coordination, health,
                commendations, outcome, skills, reports, found, asOf);
        return new ReviewReport(locale, title, period, locality, asOf, json, sections);
    }

    // --- outreach: GET /participation ---------------------------------------------------------------------------

    private Outreach outreach(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Document match = range.addTo(new Document());
        scope.addTo(match, "agency");
        List<Map<String, Object>> agencyRows = participation(match, "agency");
        List<AgencyRow> byAgency = agencyRows.stream().map(row -> new AgencyRow(code(row, "agency"),
                ParticipationAnswer.Totals.of(row), name(code(row, "agency"), agency -> agencyName(agency).in(locale)))).toList();
        List<ChannelRow> byChannel = participation(match, "channel").stream().map(row -> new ChannelRow(code(row, "channel"),
                ParticipationAnswer.Totals.of(row), name(code(row, "channel"), channel -> Vocabulary.label(Vocabulary.CHANNEL, channel, locale))))
                .toList();
        List<KindRow> byKind = participation(match, "kind").stream().map(row -> new KindRow(code(row, "kind"),
                ParticipationAnswer.Totals.of(row), name(code(row, "kind"), kind -> Vocabulary.label(Vocabulary.KIND, kind, locale))))
                .toList();
        String provinceLevel = ReportText.of("province-level", locale);
        List<DistrictRow> byDistrict = participation(match, Place.DISTRICT).stream().map(row -> new DistrictRow(
                code(row, Place.DISTRICT), code(row, Place.DISTRICT) == null ? provinceLevel : code(row, Place.nameOf(Place.DISTRICT)),
                ParticipationAnswer.Totals.of(row))).toList();
        List<YearRow> byYear = participation(match, "year").stream()
                .map(row -> new YearRow((Integer) row.get("year"), ParticipationAnswer.Totals.of(row))).toList();
        Outreach outreach = new Outreach(ParticipationAnswer.Totals.of(CellAggregation.totals(agencyRows, ParticipationCells.TOTALS)),
                byAgency, byChannel, byKind, byDistrict, byYear);

        List<Column> columns = columns(locale, ParticipationCells.TOTALS);
        sections.add(new Section(ReportText.of("outreach", locale), ReportText.of("sheet-outreach", locale),
                List.of(chart("chart-agency", byAgency, AgencyRow::agencyName, row -> row.totals().participants(),
                        (row, i) -> Palette.colourOf(Palette.AGENCY, row.agency(), i), locale),
                        chart("chart-year", byYear, row -> row.year(), row -> row.totals().participants(), neutral(), locale),
                        chart("chart-district", byDistrict, DistrictRow::districtName, row -> row.totals().participants(), neutral(),
                                locale)),
                List.of(table("by-agency", "agency", byAgency, AgencyRow::agencyName, columns, row -> figures(row.totals()), locale),
                        table("by-channel", "channel", byChannel, ChannelRow::channelName, columns, row -> figures(row.totals()), locale),
                        table("by-kind", "kind", byKind, KindRow::kindName, columns, row -> figures(row.totals()), locale),
                        table("by-district", "district", byDistrict, DistrictRow::districtName, columns,
                                row -> figures(row.totals()), locale),
                        table("by-year", "year", byYear, YearRow::year, columns, row -> figures(row.totals()), locale))));
        return outreach;
    }

    private List<Map<String, Object>> participation(Document match, String key) {
        return generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.PARTICIPATION),
                match, List.of(key), ParticipationCells.TOTALS));
    }

    private static List<Long> figures(ParticipationAnswer.Totals totals) {
        return List.of(totals.activities(), totals.participants(), totals.women(), totals.ethnicMinority(), totals.reach(),
                totals.copies());
    }

    // --- coordination: GET /coordination ------------------------------------------------------------------------

    private Coordination coordination(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Document match = range.addTo(new Document());
        scope.addTo(match, "agencies");
        List<Map<String, Object>> pairRows = generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.COORDINATION),
                match, List.of("pair"), CoordinationCells.TOTALS));
        List<PairRow> byPair = pairRows.stream().map(row -> new PairRow(code(row, "pair"), CoordinationAnswer.Totals.of(row),
                name(code(row, "pair"), pair -> agencyName(pair.substring(0, pair.indexOf('|'))).in(locale) + " – "
                        + agencyName(pair.substring(pair.indexOf('|') + 1)).in(locale)))).toList();
        Coordination coordination = new Coordination(
                CoordinationAnswer.Totals.of(CellAggregation.totals(pairRows, CoordinationCells.TOTALS)), byPair);
        sections.add(new Section(ReportText.of("coordination", locale), ReportText.of("sheet-coordination", locale),
                List.of(chart("chart-pair", byPair, PairRow::pairName, row -> row.totals().jointActivities(), neutral(), locale)),
                List.of(table("by-pair", "pair", byPair, PairRow::pairName, columns(locale, CoordinationCells.TOTALS),
                        row -> List.of(row.totals().jointActivities(), row.totals().participants()), locale))));
        return coordination;
    }

    // --- models: GET /models as of the period's last day --------------------------------------------------------

    private ModelsAnswer models(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        LocalDate today = VietnamTime.today(clock);
        LocalDate day = range.to() == null || range.to().atEndOfMonth().isAfter(today) ? today
                : range.to().atEndOfMonth();
        ModelsAnswer health = models.answer(scope, null, day);
        List<Table> tables = new ArrayList<>();
        List<List<Object>> statusRows = new ArrayList<>();
        for (ModelStatus status : ModelStatus.values()) {
            statusRows.add(List.of(Vocabulary.label(Vocabulary.MODEL_STATUS, status.name(), locale), count(health.byStatus(), status)));
        }
        tables.add(new Table(ReportText.of("by-status", locale),
                List.of(new Column(ReportText.of("status", locale), false), new Column(ReportText.of("models-total", locale), true)),
                statusRows));
        List<Column> typeColumns = new ArrayList<>(List.of(new Column(ReportText.of("type", locale), false)));
        Arrays.stream(ModelStatus.values()).forEach(status -> typeColumns.add(new Column(Vocabulary.label(Vocabulary.MODEL_STATUS, status.name(), locale), true)));
        typeColumns.add(new Column(ReportText.of("total", locale), true));
        List<List<Object>> typeRows = new ArrayList<>();
        for (ModelsAnswer.TypeCounts row : health.byType()) {
            List<Object> cells = new ArrayList<>();
            // A type model-service defined beyond the known ones has no name here: its code stands in.
            cells.add(modelTypeName(row.type(), locale));
            Arrays.stream(ModelStatus.values()).forEach(status -> cells.add(count(row.counts(), status)));
            cells.add(row.total());
            typeRows.add(cells);
        }
        tables.add(new Table(ReportText.of("by-type", locale), typeColumns, typeRows));
        ModelsAnswer.ReportTotals totals = health.reportTotals();
        List<List<Object>> reportRows = new ArrayList<>();
        List.of(List.<Object>of("reports", totals.reports()), List.<Object>of("meetings", totals.meetings()),
                List.<Object>of("mediations", totals.mediations()), List.<Object>of("tipsReported", totals.tipsReported()),
                List.<Object>of("offendersSupported", totals.offendersSupported()),
                List.<Object>of("incidents", totals.incidents()))
                .forEach(figure -> reportRows.add(List.of(ReportText.figure((String) figure.get(0), locale), figure.get(1))));
        tables.add(new Table(ReportText.of("report-totals", locale),
                List.of(new Column(ReportText.of("report-totals", locale), false), new Column(ReportText.of("total", locale), true)),
                reportRows));
        List<List<Object>> paperRows = new ArrayList<>();
        for (ModelsAnswer.PaperOnlyModel row : health.paperOnly()) {
            paperRows.add(List.of(String.valueOf(row.name()), agencyName(row.agency()).in(locale),
                    String.valueOf(row.place().communeName()),
                    row.lastReportPeriod() == null ? ReportText.of("none", locale) : Readable.period(row.lastReportPeriod(), locale),
                    row.monthsWithoutReport()));
        }
        tables.add(new Table(ReportText.of("paper-only", locale), List.of(new Column(ReportText.of("model", locale), false),
                new Column(ReportText.of("agency", locale), false), new Column(ReportText.of("place", locale), false),
                new Column(ReportText.of("lastReportPeriod", locale), false),
                new Column(ReportText.figure("monthsWithoutReport", locale), true)), paperRows));
        List<List<Object>> overlapRows = new ArrayList<>();
        for (ModelsAnswer.Overlap row : health.overlapping()) {
            overlapRows.add(List.of(modelTypeName(row.type(), locale), String.valueOf(row.place().communeName()),
                    String.join(", ", row.agencies().stream().map(a -> agencyName(a).in(locale)).toList()),
                    row.activeModels()));
        }
        tables.add(new Table(ReportText.of("overlapping", locale), List.of(new Column(ReportText.of("type", locale), false),
                new Column(ReportText.of("place", locale), false), new Column(ReportText.of("agency", locale), false),
                new Column(ReportText.figure("activeModels", locale), true)), overlapRows));
        List<String> labels = statusRows.stream().map(row -> (String) row.get(0)).toList();
        List<Long> values = statusRows.stream().map(row -> ((Number) row.get(1)).longValue()).toList();
        List<String> colours = Arrays.stream(ModelStatus.values())
                .map(status -> Palette.colourOf(Palette.MODEL_STATUS, status.name(), status.ordinal())).toList();
        sections.add(new Section(ReportText.of("models", locale), ReportText.of("sheet-models", locale),
                List.of(new Chart(ReportText.of("by-status", locale), labels, values, colours)),
                tables));
        return health;
    }

    private static long count(ModelsAnswer.StatusCounts counts, ModelStatus status) {
        return switch (status) {
            case ACTIVE -> counts.active();
            case SUSPENDED -> counts.suspended();
            case DISSOLVED -> counts.dissolved();
        };
    }

    // --- commendations: GET /awards -----------------------------------------------------------------------------

    private Commendations commendations(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Document match = range.addYearsTo(new Document());
        scope.addTo(match, "agency");
        List<Map<String, Object>> agencyAndFormRows = awards(match, List.of("agency", "form"));
        List<AgencyFormRow> byAgencyAndForm = agencyAndFormRows.stream().map(row -> new AgencyFormRow(code(row, "agency"),
                code(row, "form"), AwardsAnswer.Totals.of(row), agencyName(code(row, "agency")).in(locale),
                Vocabulary.label(Vocabulary.FORM, code(row, "form"), locale))).toList();
        List<AwardYearRow> byYear = awards(match, List.of("year")).stream()
                .map(row -> new AwardYearRow((Integer) row.get("year"), AwardsAnswer.Totals.of(row))).toList();
        Commendations commendations = new Commendations(
                AwardsAnswer.Totals.of(CellAggregation.totals(agencyAndFormRows, AwardCells.TOTALS)), byAgencyAndForm, byYear);

        List<AgencyFormRow> byAgency = awards(match, List.of("agency")).stream().map(row -> new AgencyFormRow(
                code(row, "agency"), null, AwardsAnswer.Totals.of(row),
                name(code(row, "agency"), agency -> agencyName(agency).in(locale)), null)).toList();
        List<Column> columns = new ArrayList<>(List.of(new Column(ReportText.of("agency", locale), false),
                new Column(ReportText.of("form", locale), false)));
        columns.addAll(columns(locale, AwardCells.TOTALS).subList(1, AwardCells.TOTALS.size() + 1));
        List<List<Object>> rows = new ArrayList<>();
        for (AgencyFormRow row : byAgencyAndForm) {
            List<Object> cells = new ArrayList<>(List.of(row.agencyName(), row.formName()));
            cells.addAll(figures(row.totals()));
            rows.add(cells);
        }
        sections.add(new Section(ReportText.of("commendations", locale), ReportText.of("sheet-commendations", locale),
                List.of(chart("chart-commendations", byAgency, AgencyFormRow::agencyName, row -> row.totals().conferred(),
                        (row, i) -> Palette.colourOf(Palette.AGENCY, row.agency(), i), locale)),
                List.of(new Table(ReportText.of("by-agency-form", locale), columns, rows),
                        table("by-year", "year", byYear, AwardYearRow::year, columns(locale, AwardCells.TOTALS),
                                row -> figures(row.totals()), locale))));
        return commendations;
    }

    private List<Map<String, Object>> awards(Document match, List<String> keys) {
        return generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.AWARDS),
                match, keys, AwardCells.TOTALS));
    }

    private static List<Long> figures(AwardsAnswer.Totals totals) {
        return List.of(totals.nominated(), totals.approved(), totals.rejected(), totals.conferred(), totals.revoked());
    }

    // --- reporting by the units: GET /reporting -------------------------------------------------------------------

    /**
     * Per agency, the reports of outreach expected, submitted and on time over the periods of
     * {@link ReportingQuery#window}, in the report's locality, else summed over the provinces where units report
     * ({@link ReportingQuery#provincesReporting}); none where no report of those periods was submitted.
     */
    // --- outcomes: GET /outcomes ---------------------------------------------------------------------------------

    /**
     * The police's figures by year beside the outreach of the same places and years; none (and no section) when the
     * report is a commune's and its reader is neither the police nor OPS or ADMIN, to whom {@code /outcomes} says 403.
     */
    private OutcomesAnswer outcomes(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        boolean commune = scope.locality() != null && ReadScope.localityField(scope.locality()).equals(Place.COMMUNE);
        if (commune && !OutcomesQuery.readsCommunes(scope)) {
            return null;
        }
        OutcomesAnswer answer = OutcomesAnswer.of(outcomes.rows(scope, range, List.of("year")), clock);
        List<OutcomesAnswer.Row> years = answer.rows().stream()
                .sorted(Comparator.comparing(row -> row.year().orElse(0))).toList();
        List<String> figures = List.of("crimes", "socialEvils", "securityIncidents", "crimeReports",
                "offendersReintegrated", "disputesMediated", "participants", "participationsPerThousandResidents");
        List<Column> columns = new ArrayList<>(List.of(new Column(ReportText.of("year", locale), false)));
        figures.forEach(figure -> columns.add(new Column(ReportText.figure(figure, locale), true)));
        List<List<Object>> rows = new ArrayList<>();
        for (OutcomesAnswer.Row row : years) {
            OutcomesAnswer.Outcomes o = row.outcomes();
            List<Object> line = new ArrayList<>(List.of(String.valueOf(row.year().orElse(null)), o.crimes(), o.socialEvils(),
                    o.securityIncidents(), o.crimeReports(), o.offendersReintegrated(), o.disputesMediated(),
                    row.outreach().participants()));
            line.add(row.outreach().participationsPerThousandResidents());
            rows.add(line);
        }
        sections.add(new Section(ReportText.of("outcomes", locale), ReportText.of("sheet-outcomes", locale),
                List.of(chart("chart-incidents", years, row -> row.year().orElse(null), ReportQuery::incidents, neutral(), locale)),
                List.of(new Table(ReportText.of("outcomes-by-year", locale), columns, rows))));
        return answer;
    }

    // --- digital skills and materials: GET /trainings, GET /materials ------------------------------------------

    /** Per district, the staff trained and the online activities of the period, and its communes' materials now. */
    private ReportAnswer.Skills skills(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Map<String, long[]> byDistrict = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> row : trainings.rows(scope, range, List.of(Place.DISTRICT))) {
            String district = (String) row.get(Place.DISTRICT);
            names.putIfAbsent(String.valueOf(district), (String) row.get(Place.nameOf(Place.DISTRICT)));
            long[] figures = byDistrict.computeIfAbsent(String.valueOf(district), k -> new long[5]);
            figures[0] += (Long) row.get(TrainingCells.STAFF);
            figures[1] += (Long) row.get(TrainingsQuery.ONLINE_ACTIVITIES);
        }
        for (MaterialsQuery.Coverage commune : materials.coverage(scope, List.of(Place.DISTRICT, Place.COMMUNE))) {
            if (commune.keys().get(Place.COMMUNE) == null) {
                continue;
            }
            String district = String.valueOf(commune.keys().get(Place.DISTRICT));
            names.putIfAbsent(district, (String) commune.keys().get(Place.nameOf(Place.DISTRICT)));
            long[] figures = byDistrict.computeIfAbsent(district, k -> new long[5]);
            figures[2]++;
            figures[3] += commune.current().isEmpty() ? 0 : 1;
            figures[4] += commune.missingLanguages().isEmpty() ? 0 : 1;
        }
        List<ReportAnswer.SkillsDistrictRow> rows = new ArrayList<>();
        long[] total = new long[5];
        byDistrict.forEach((district, f) -> {
            String code = district.equals("null") ? null : district;
            rows.add(new ReportAnswer.SkillsDistrictRow(code, code == null ? ReportText.of("province-level", locale)
                    : names.get(district), f[0], f[1], f[2], f[3], f[4]));
            for (int i = 0; i < total.length; i++) {
                total[i] += f[i];
            }
        });
        List<Column> columns = List.of(new Column(ReportText.of("district", locale), false),
                new Column(ReportText.figure(TrainingCells.STAFF, locale), true),
                new Column(ReportText.figure(TrainingsQuery.ONLINE_ACTIVITIES, locale), true),
                new Column(ReportText.of("communes", locale), true),
                new Column(ReportText.of("communes-with-materials", locale), true),
                new Column(ReportText.of("communes-missing-languages", locale), true));
        List<List<Object>> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(List.of(row.districtName() == null ? "" : row.districtName(), row.trainedStaff(),
                row.onlineActivities(), row.communes(), row.communesWithCurrentMaterials(),
                row.communesMissingLanguages())));
        sections.add(new Section(ReportText.of("skills", locale), ReportText.of("sheet-skills", locale), List.of(),
                List.of(new Table(ReportText.of("skills-by-district", locale), columns, lines))));
        return new ReportAnswer.Skills(total[0], total[1], total[2], total[3], total[4], List.copyOf(rows));
    }

    private static long incidents(OutcomesAnswer.Row row) {
        return row.outcomes().crimes() + row.outcomes().socialEvils() + row.outcomes().securityIncidents();
    }

    private ReportAnswer.Reporting reporting(ReadScope scope, MonthRange range, Locale locale) {
        MonthRange window = ReportingQuery.window(range, VietnamTime.today(clock));
        if (window == null) {
            return new ReportAnswer.Reporting(null, null, List.of(), ReportText.of("reporting-not-ended", locale));
        }
        String from = Readable.shortMonth(window.from(), locale);
        String to = Readable.shortMonth(window.to(), locale);
        List<String> provinces = reporting.provincesReporting(scope, DataSet.ACTIVITIES.name(), window);
        if (provinces.isEmpty()) {
            return new ReportAnswer.Reporting(window.from().toString(), window.to().toString(), List.of(),
                    ReportText.of("reporting-none", locale).replace("{from}", from).replace("{to}", to));
        }
        Map<String, Rates> byAgency = new LinkedHashMap<>();
        for (String locality : scope.locality() != null ? List.of(scope.locality()) : provinces) {
            reporting.answer(new ReadScope(scope.agency(), locality), DataSet.ACTIVITIES.name(), window, locale).totals()
                    .forEach(rates -> byAgency.merge(rates.agency(), rates, Rates::plus));
        }
        return new ReportAnswer.Reporting(window.from().toString(), window.to().toString(),
                byAgency.values().stream().filter(rates -> rates.expected() > 0).toList(), null);
    }

    /** A table of the agencies' reports, rates in percent; or the one sentence saying there is nothing to count. */
    static Section reportingSection(ReportAnswer.Reporting reports, Locale locale) {
        String title = ReportText.of("reporting", locale);
        String sheet = ReportText.of("sheet-reporting", locale);
        if (reports.note() != null) {
            return new Section(title, sheet, List.of(), List.of(new Table(title,
                    List.of(new Column(title, false)), List.of(List.of(reports.note())))));
        }
        List<Column> columns = new ArrayList<>(List.of(new Column(ReportText.of("agency", locale), false)));
        List.of("expected", "submitted", "onTime", "reportingRatePercent", "onTimeRatePercent")
                .forEach(figure -> columns.add(new Column(ReportText.figure(figure, locale), true)));
        List<List<Object>> rows = new ArrayList<>();
        for (Rates rates : reports.byAgency()) {
            rows.add(List.of(rates.agencyName(), rates.expected(), rates.submitted(), rates.onTime(),
                    percent(rates.reportingRate()), percent(rates.onTimeRate())));
        }
        String tableTitle = ReportText.of("reporting-by-agency", locale)
                .replace("{from}", Readable.shortMonth(YearMonth.parse(reports.from()), locale))
                .replace("{to}", Readable.shortMonth(YearMonth.parse(reports.to()), locale));
        return new Section(title, sheet, List.of(), List.of(new Table(tableTitle, columns, rows)));
    }

    /** A rate as a percentage with one decimal (the formats write it as they write every figure). */
    static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    // --- shortcomings and the summary ---------------------------------------------------------------------------

    private static Section shortcomingsSection(ShortcomingsAnswer found, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        List<List<Object>> counts = new ArrayList<>();
        for (ShortcomingKind kind : ShortcomingKind.values()) {
            counts.add(List.of(Vocabulary.label(Vocabulary.FINDING_KIND, kind.name(), locale), found.counts().of(kind)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Finding finding : found.findings()) {
            List<String> numbers = new ArrayList<>();
            finding.evidence().figures().forEach((name, value) -> numbers.add(ReportText.figure(name, locale) + ": "
                    + ReportFormat.figure(value.doubleValue(), locale)));
            rows.add(List.of(Vocabulary.label(Vocabulary.FINDING_KIND, finding.kind().name(), locale),
                    Vocabulary.label(Vocabulary.SEVERITY, finding.severity().name(), locale),
                    subjectName(finding.subject(), locale), String.valueOf(en ? finding.explanation().en() : finding.explanation().vi()),
                    String.join("; ", numbers)));
        }
        List<String> labels = counts.stream().map(row -> (String) row.get(0)).toList();
        List<Long> values = counts.stream().map(row -> ((Number) row.get(1)).longValue()).toList();
        return new Section(ReportText.of("shortcomings", locale), ReportText.of("sheet-shortcomings", locale), List.of(new Chart(ReportText.of("findings", locale), labels, values,
                labels.stream().map(label -> Palette.NEUTRAL).toList())),
                List.of(new Table(ReportText.of("findings", locale), List.of(new Column(ReportText.of("finding-kind", locale), false),
                                new Column(ReportText.of("total", locale), true)), counts),
                        new Table(ReportText.of("explanation", locale), List.of(new Column(ReportText.of("finding-kind", locale), false),
                                new Column(ReportText.of("severity", locale), false), new Column(ReportText.of("subject", locale), false),
                                new Column(ReportText.of("explanation", locale), false),
                                new Column(ReportText.of("evidence", locale), false)), rows)));
    }

    private static Section summary(Outreach outreach, Coordination coordination, ModelsAnswer health,
            Commendations commendations, ShortcomingsAnswer found, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Long> reach = figures(outreach.totals());
        for (int i = 0; i < ParticipationCells.TOTALS.size(); i++) {
            rows.add(List.of(ReportText.figure(ParticipationCells.TOTALS.get(i), locale), reach.get(i)));
        }
        rows.add(List.of(ReportText.figure("jointActivities", locale), coordination.totals().jointActivities()));
        long modelCount = health.byStatus().total();
        rows.add(List.of(ReportText.of("models-total", locale), modelCount));
        rows.add(List.of(ReportText.figure("reports", locale),
                health.reportTotals().reports()));
        rows.add(List.of(ReportText.of("commendations", locale) + " (" + ReportText.figure("conferred", locale).toLowerCase(locale) + ")",
                commendations.totals().conferred()));
        rows.add(List.of(ReportText.of("findings", locale), (long) found.findings().size()));
        return new Section(ReportText.of("summary", locale), ReportText.of("sheet-summary", locale), List.of(), List.of(new Table(ReportText.of("key-figures", locale),
                List.of(new Column(ReportText.of("figure", locale), false), new Column(ReportText.of("total", locale), true)),
                rows)));
    }

    /** Bars that stand for no code share one colour. */
    private static <R> BiFunction<R, Integer, String> neutral() {
        return (row, i) -> Palette.NEUTRAL;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<Column> columns(Locale locale, List<String> totals) {
        List<Column> columns = new ArrayList<>(List.of(new Column("", false)));
        totals.forEach(total -> columns.add(new Column(ReportText.figure(total, locale), true)));
        return columns;
    }

    /** A table of group-by rows: the label column, then the totals. */
    private static <R> Table table(String title, String keyHeader, List<R> rows, Function<R, Object> label,
            List<Column> columns, Function<R, List<Long>> figures, Locale locale) {
        List<Column> named = new ArrayList<>(columns);
        named.set(0, new Column(ReportText.of(keyHeader, locale), false));
        List<List<Object>> cells = new ArrayList<>();
        for (R row : rows) {
            List<Object> line = new ArrayList<>();
            line.add(String.valueOf(label.apply(row)));
            line.addAll(figures.apply(row));
            cells.add(line);
        }
        return new Table(ReportText.of(title, locale), named, cells);
    }

    private static <R> Chart chart(String title, List<R> rows, Function<R, Object> label, ToLongFunction<R> value,
            BiFunction<R, Integer, String> colour, Locale locale) {
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            colours.add(colour.apply(rows.get(i), i));
        }
        return new Chart(ReportText.of(title, locale), rows.stream().map(row -> String.valueOf(label.apply(row))).toList(),
                rows.stream().map(row -> value.applyAsLong(row)).toList(), colours);
    }

    /** A group key of a row: a code, or a name the cells carry. */
    private static String code(Map<String, Object> row, String key) {
        return (String) row.get(key);
    }

    /** The name of a code in the report's language; null for none. */
    private static String name(String code, Function<String, String> name) {
        return code == null ? null : name.apply(code);
    }

    /** A model type's name; a type model-service defined beyond the known ones has none here, so its code stands in. */
    private static String modelTypeName(String code, Locale locale) {
        return Vocabulary.label(Vocabulary.MODEL_TYPE, code, locale);
    }

    /** Models of one type in one place are named by both, not by their key. */
    private static String subjectName(Subject subject, Locale locale) {
        if (subject instanceof Subject.ModelPair pair) {
            return modelTypeName(pair.modelType(), locale) + " – " + pair.localityName();
        }
        return String.valueOf(subject.shownName());
    }

    private Label agencyName(String code) {
        return shortcomings.agencyName(code);
    }

    private static String periodText(MonthRange range, Locale locale) {
        boolean en = ReportFormat.english(locale);
        String from = range.from() == null ? ReportText.of("from-start", locale)
                : (en ? "" : "từ ") + ReportFormat.month(range.from(), locale);
        String to = range.to() == null ? ReportText.of("until-now", locale)
                : (en ? "" : "đến ") + ReportFormat.month(range.to(), locale);
        return en ? from + " – " + to : from + " " + to;
    }
}
