package vn.antq.analytics.reviewreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.awardcounts.AwardCells;
import vn.antq.analytics.coordination.CoordinationCells;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.modelhealth.ModelHealthQuery;
import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.reviewreport.ReviewReport.Chart;
import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;
import vn.antq.analytics.shortcomings.Finding;
import vn.antq.analytics.shortcomings.ShortcomingKind;
import vn.antq.analytics.shortcomings.ShortcomingsAnswer;
import vn.antq.analytics.shortcomings.ShortcomingsQuery;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.kit.reference.VietnamTime;

/**
 * Puts the review report together from the same queries the API answers with, so that its numbers are the API's:
 * outreach as {@code /participation} groups it (by agency, channel, kind, district, year), coordination as
 * {@code /coordination} (by pair), the models' health as {@code /models} as of the period's last day, commendations
 * as {@code /awards} (by agency and form, by year), and the shortcomings as {@code /shortcomings}. Who sees what is
 * the same too ({@link ReadScope}).
 */
@Component
class ReportQuery {

    private final MongoDatabase database;
    private final Generations generations;
    private final Places places;
    private final ModelHealthQuery models;
    private final ShortcomingsQuery shortcomings;
    private final Clock clock;

    ReportQuery(MongoDatabase analyticsDatabase, Generations generations, Places places, ModelHealthQuery models,
            ShortcomingsQuery shortcomings, Clock clock) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.places = places;
        this.models = models;
        this.shortcomings = shortcomings;
        this.clock = clock;
    }

    ReviewReport report(ReadScope scope, MonthRange range, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        String title = ReportText.of("title", locale);
        String period = periodText(range, locale);
        String locality = scope.locality() == null ? ReportText.of("everywhere", locale)
                : places.resolve(scope.locality()).map(path -> path.displayName() + " (" + scope.locality() + ")")
                        .orElse(scope.locality());
        String asOf = Answers.asOf(clock);
        json.put("title", title);
        json.put("lang", locale.getLanguage());
        json.put("from", range.from() == null ? null : range.from().toString());
        json.put("to", range.to() == null ? null : range.to().toString());
        json.put("locality", scope.locality());
        json.put("localityName", locality);

        List<Section> sections = new ArrayList<>();
        Map<String, Object> outreach = outreach(scope, range, locale, sections);
        Map<String, Object> coordination = coordination(scope, range, locale, sections);
        ModelsAnswer health = models(scope, range, locale, sections);
        Map<String, Object> commendations = commendations(scope, range, locale, sections);
        ShortcomingsAnswer found = shortcomings.answer(scope, range);
        sections.add(shortcomingsSection(found, locale));
        sections.add(0, summary(outreach, coordination, health, commendations, found, locale));

        json.put("outreach", outreach);
        json.put("coordination", coordination);
        json.put("models", health);
        json.put("commendations", commendations);
        json.put("shortcomings", found);
        json.put("asOf", asOf);
        return new ReviewReport(locale, title, period, locality, asOf, json, sections);
    }

    // --- outreach: GET /participation ---------------------------------------------------------------------------

    private Map<String, Object> outreach(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Document match = range.addTo(new Document());
        scope.addTo(match, "agency");
        Map<String, Object> outreach = new LinkedHashMap<>();
        List<Map<String, Object>> byAgency = participation(match, "agency");
        outreach.put("totals", CellAggregation.totals(byAgency, ParticipationCells.TOTALS));
        outreach.put("byAgency", named(byAgency, "agency", "agencyName", code -> agencyName(code).in(locale)));
        outreach.put("byChannel", named(participation(match, "channel"), "channel", "channelName",
                code -> Channel.valueOf(code).label(locale)));
        outreach.put("byKind", named(participation(match, "kind"), "kind", "kindName",
                code -> ActivityKind.valueOf(code).label(locale)));
        List<Map<String, Object>> byDistrict = participation(match, Place.DISTRICT);
        byDistrict.forEach(row -> {
            if (row.get(Place.DISTRICT) == null) {
                row.put(Place.nameOf(Place.DISTRICT), locale.getLanguage().equals("en") ? "Province level" : "Cấp tỉnh");
            }
        });
        outreach.put("byDistrict", byDistrict);
        outreach.put("byYear", participation(match, "year"));

        List<Column> columns = columns(locale, ParticipationCells.TOTALS);
        sections.add(new Section(ReportText.of("outreach", locale),
                List.of(chart("chart-agency", list(outreach, "byAgency"), "agencyName", ParticipationCells.PARTICIPANTS, locale),
                        chart("chart-year", list(outreach, "byYear"), "year", ParticipationCells.PARTICIPANTS, locale),
                        chart("chart-district", byDistrict, "districtName", ParticipationCells.PARTICIPANTS, locale)),
                List.of(table("by-agency", "agency", list(outreach, "byAgency"), "agencyName", columns, ParticipationCells.TOTALS, locale),
                        table("by-channel", "channel", list(outreach, "byChannel"), "channelName", columns, ParticipationCells.TOTALS, locale),
                        table("by-kind", "kind", list(outreach, "byKind"), "kindName", columns, ParticipationCells.TOTALS, locale),
                        table("by-district", "district", byDistrict, "districtName", columns, ParticipationCells.TOTALS, locale),
                        table("by-year", "year", list(outreach, "byYear"), "year", columns, ParticipationCells.TOTALS, locale))));
        return outreach;
    }

    private List<Map<String, Object>> participation(Document match, String key) {
        return generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.PARTICIPATION),
                match, List.of(key), ParticipationCells.TOTALS));
    }

    // --- coordination: GET /coordination ------------------------------------------------------------------------

    private Map<String, Object> coordination(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Document match = range.addTo(new Document());
        scope.addTo(match, "agencies");
        List<Map<String, Object>> byPair = generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.COORDINATION),
                match, List.of("pair"), CoordinationCells.TOTALS));
        named(byPair, "pair", "pairName", pair -> agencyName(pair.substring(0, pair.indexOf('|'))).in(locale) + " – "
                + agencyName(pair.substring(pair.indexOf('|') + 1)).in(locale));
        Map<String, Object> coordination = new LinkedHashMap<>();
        coordination.put("totals", CellAggregation.totals(byPair, CoordinationCells.TOTALS));
        coordination.put("byPair", byPair);
        sections.add(new Section(ReportText.of("coordination", locale),
                List.of(chart("chart-pair", byPair, "pairName", CoordinationCells.JOINT_ACTIVITIES, locale)),
                List.of(table("by-pair", "pair", byPair, "pairName", columns(locale, CoordinationCells.TOTALS),
                        CoordinationCells.TOTALS, locale))));
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
            statusRows.add(List.of(status.label(locale), count(health.byStatus(), status)));
        }
        tables.add(new Table(ReportText.of("by-status", locale),
                List.of(new Column(ReportText.of("status", locale), false), new Column(ReportText.of("models-total", locale), true)),
                statusRows));
        List<Column> typeColumns = new ArrayList<>(List.of(new Column(ReportText.of("type", locale), false)));
        Arrays.stream(ModelStatus.values()).forEach(status -> typeColumns.add(new Column(status.label(locale), true)));
        typeColumns.add(new Column(ReportText.of("total", locale), true));
        List<List<Object>> typeRows = new ArrayList<>();
        for (ModelsAnswer.TypeCounts row : health.byType()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.type());
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
                .forEach(figure -> reportRows.add(List.of(ReportText.of((String) figure.get(0), locale), figure.get(1))));
        tables.add(new Table(ReportText.of("report-totals", locale),
                List.of(new Column(ReportText.of("report-totals", locale), false), new Column(ReportText.of("total", locale), true)),
                reportRows));
        List<List<Object>> paperRows = new ArrayList<>();
        for (ModelsAnswer.PaperOnlyModel row : health.paperOnly()) {
            paperRows.add(List.of(String.valueOf(row.name()), agencyName(row.agency()).in(locale),
                    String.valueOf(row.place().communeName()),
                    row.lastReportPeriod() == null ? "-" : row.lastReportPeriod(), row.monthsWithoutReport()));
        }
        tables.add(new Table(ReportText.of("paper-only", locale), List.of(new Column(ReportText.of("model", locale), false),
                new Column(ReportText.of("agency", locale), false), new Column(ReportText.of("place", locale), false),
                new Column(ReportText.of("lastReportPeriod", locale), false),
                new Column(ReportText.of("monthsWithoutReport", locale), true)), paperRows));
        List<List<Object>> overlapRows = new ArrayList<>();
        for (ModelsAnswer.Overlap row : health.overlapping()) {
            overlapRows.add(List.of(row.type(), String.valueOf(row.place().communeName()),
                    String.join(", ", row.agencies().stream().map(a -> agencyName(a).in(locale)).toList()),
                    row.activeModels()));
        }
        tables.add(new Table(ReportText.of("overlapping", locale), List.of(new Column(ReportText.of("type", locale), false),
                new Column(ReportText.of("place", locale), false), new Column(ReportText.of("agency", locale), false),
                new Column(ReportText.of("activeModels", locale), true)), overlapRows));
        List<String> labels = statusRows.stream().map(row -> (String) row.get(0)).toList();
        List<Long> values = statusRows.stream().map(row -> ((Number) row.get(1)).longValue()).toList();
        sections.add(new Section(ReportText.of("models", locale), List.of(new Chart(ReportText.of("by-status", locale), labels, values)),
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

    private Map<String, Object> commendations(ReadScope scope, MonthRange range, Locale locale, List<Section> sections) {
        Document match = range.addYearsTo(new Document());
        scope.addTo(match, "agency");
        List<Map<String, Object>> byAgencyAndForm = awards(match, List.of("agency", "form"));
        byAgencyAndForm.forEach(row -> {
            row.put("agencyName", agencyName((String) row.get("agency")).in(locale));
            row.put("formName", AwardForm.valueOf((String) row.get("form")).label(locale));
        });
        List<Map<String, Object>> byAgency = named(awards(match, List.of("agency")), "agency", "agencyName",
                code -> agencyName(code).in(locale));
        Map<String, Object> commendations = new LinkedHashMap<>();
        commendations.put("totals", CellAggregation.totals(byAgencyAndForm, AwardCells.TOTALS));
        commendations.put("byAgencyAndForm", byAgencyAndForm);
        commendations.put("byYear", awards(match, List.of("year")));
        List<Column> columns = new ArrayList<>(List.of(new Column(ReportText.of("agency", locale), false),
                new Column(ReportText.of("form", locale), false)));
        columns.addAll(columns(locale, AwardCells.TOTALS).subList(1, AwardCells.TOTALS.size() + 1));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : byAgencyAndForm) {
            List<Object> cells = new ArrayList<>(List.of(row.get("agencyName"), row.get("formName")));
            AwardCells.TOTALS.forEach(total -> cells.add(row.get(total)));
            rows.add(cells);
        }
        sections.add(new Section(ReportText.of("commendations", locale),
                List.of(chart("chart-commendations", byAgency, "agencyName", "conferred", locale)),
                List.of(new Table(ReportText.of("by-agency-form", locale), columns, rows),
                        table("by-year", "year", list(commendations, "byYear"), "year", columns(locale, AwardCells.TOTALS),
                                AwardCells.TOTALS, locale))));
        return commendations;
    }

    private List<Map<String, Object>> awards(Document match, List<String> keys) {
        return generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.AWARDS),
                match, keys, AwardCells.TOTALS));
    }

    // --- shortcomings and the summary ---------------------------------------------------------------------------

    private static Section shortcomingsSection(ShortcomingsAnswer found, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        List<List<Object>> counts = new ArrayList<>();
        for (ShortcomingKind kind : ShortcomingKind.values()) {
            counts.add(List.of(ReportText.of(kind.name(), locale), found.counts().of(kind)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Finding finding : found.findings()) {
            Map<String, Object> subject = finding.subject();
            List<String> numbers = new ArrayList<>();
            finding.evidence().forEach((name, value) -> numbers.add(name + " = " + value));
            Object name = subject.get("name") != null ? subject.get("name") : subject.get("code");
            rows.add(List.of(ReportText.of(finding.kind().name(), locale), ReportText.of(finding.severity().name(), locale),
                    String.valueOf(name), String.valueOf(en ? finding.explanation().en() : finding.explanation().vi()),
                    String.join("; ", numbers)));
        }
        List<String> labels = counts.stream().map(row -> (String) row.get(0)).toList();
        List<Long> values = counts.stream().map(row -> ((Number) row.get(1)).longValue()).toList();
        return new Section(ReportText.of("shortcomings", locale), List.of(new Chart(ReportText.of("findings", locale), labels, values)),
                List.of(new Table(ReportText.of("findings", locale), List.of(new Column(ReportText.of("finding-kind", locale), false),
                                new Column(ReportText.of("total", locale), true)), counts),
                        new Table(ReportText.of("explanation", locale), List.of(new Column(ReportText.of("finding-kind", locale), false),
                                new Column(ReportText.of("severity", locale), false), new Column(ReportText.of("subject", locale), false),
                                new Column(ReportText.of("explanation", locale), false),
                                new Column(ReportText.of("evidence", locale), false)), rows)));
    }

    @SuppressWarnings("unchecked")
    private static Section summary(Map<String, Object> outreach, Map<String, Object> coordination, ModelsAnswer health,
            Map<String, Object> commendations, ShortcomingsAnswer found, Locale locale) {
        Map<String, Object> reach = (Map<String, Object>) outreach.get("totals");
        List<List<Object>> rows = new ArrayList<>();
        for (String total : ParticipationCells.TOTALS) {
            rows.add(List.of(ReportText.of(total, locale), reach.get(total)));
        }
        rows.add(List.of(ReportText.of("jointActivities", locale),
                ((Map<String, Object>) coordination.get("totals")).get(CoordinationCells.JOINT_ACTIVITIES)));
        long modelCount = health.byStatus().total();
        rows.add(List.of(ReportText.of("models-total", locale), modelCount));
        rows.add(List.of(ReportText.of("reports", locale),
                health.reportTotals().reports()));
        rows.add(List.of(ReportText.of("commendations", locale) + " (" + ReportText.of("conferred", locale) + ")",
                ((Map<String, Object>) commendations.get("totals")).get("conferred")));
        rows.add(List.of(ReportText.of("findings", locale), (long) found.findings().size()));
        return new Section(ReportText.of("summary", locale), List.of(), List.of(new Table(ReportText.of("key-figures", locale),
                List.of(new Column(ReportText.of("figure", locale), false), new Column(ReportText.of("total", locale), true)),
                rows)));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<Column> columns(Locale locale, List<String> totals) {
        List<Column> columns = new ArrayList<>(List.of(new Column("", false)));
        totals.forEach(total -> columns.add(new Column(ReportText.of(total, locale), true)));
        return columns;
    }

    /** A table of group-by rows: the label column, then the totals. */
    private static Table table(String title, String keyHeader, List<Map<String, Object>> rows, String labelKey,
            List<Column> columns, List<String> totals, Locale locale) {
        List<Column> named = new ArrayList<>(columns);
        named.set(0, new Column(ReportText.of(keyHeader, locale), false));
        List<List<Object>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> line = new ArrayList<>();
            line.add(String.valueOf(row.get(labelKey)));
            totals.forEach(total -> line.add(row.get(total)));
            cells.add(line);
        }
        return new Table(ReportText.of(title, locale), named, cells);
    }

    private static Chart chart(String title, List<Map<String, Object>> rows, String labelKey, String total, Locale locale) {
        return new Chart(ReportText.of(title, locale), rows.stream().map(row -> String.valueOf(row.get(labelKey))).toList(),
                rows.stream().map(row -> ((Number) row.get(total)).longValue()).toList());
    }

    private static List<Map<String, Object>> named(List<Map<String, Object>> rows, String key, String nameKey,
            Function<String, String> name) {
        rows.forEach(row -> row.put(nameKey, row.get(key) == null ? null : name.apply((String) row.get(key))));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> section, String key) {
        return (List<Map<String, Object>>) section.get(key);
    }

    private Label agencyName(String code) {
        return shortcomings.agencyName(code);
    }

    private static String periodText(MonthRange range, Locale locale) {
        String from = range.from() == null ? ReportText.of("from-start", locale) : range.from().toString();
        String to = range.to() == null ? ReportText.of("until-now", locale) : range.to().toString();
        return from + " – " + to;
    }
}
