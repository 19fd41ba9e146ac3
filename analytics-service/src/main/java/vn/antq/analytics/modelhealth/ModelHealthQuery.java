package vn.antq.analytics.modelhealth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.AnalyticsProperties;
import vn.antq.analytics.dimension.Attribution;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Reform;
import vn.antq.analytics.modelhealth.ModelHealth.PaperOnly;
import vn.antq.analytics.modelhealth.ModelHealth.ReportPeriod;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.ShownPlace;
import vn.antq.analytics.query.SplitAttribution;
import vn.antq.analytics.query.SplitAttributions;
import vn.antq.analytics.query.StructureView;
import vn.antq.contracts.model.ModelStatus;

/**
 * The health of the self-managed security models as of a date, as {@code GET /models} answers it: counts by status
 * and type, the PAPER_ONLY models (no report for {@code antq.analytics.paper-only-months}) and the OVERLAPPING ones
 * (more than one ACTIVE model of the same type in the same commune), each with its evidence. Computed when asked
 * from the model documents, which are few. Statuses are the current ones; {@code asOf} sets the report window, and
 * models established after it are left out. The shortcomings and the review report ask it too, so that they name
 * exactly the models the API names.
 */
@Component
public class ModelHealthQuery {

    /** What a 2025 answer lists per split commune: its models and their reports. */
    private static final String MODELS = "models";
    private static final List<String> SPLIT_TOTALS =
            Stream.concat(Stream.of(MODELS), ModelCells.REPORT_TOTALS.stream()).toList();

    private final MongoDatabase database;
    private final Generations generations;
    private final Clock clock;
    private final int paperOnlyMonths;

    ModelHealthQuery(MongoDatabase analyticsDatabase, Generations generations, Clock clock,
            AnalyticsProperties properties) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.clock = clock;
        this.paperOnlyMonths = properties.paperOnlyMonths();
    }

    /** The answer of {@code GET /models} for the models {@code scope} may read, of {@code type} if not null. */
    public ModelsAnswer answer(ReadScope scope, String type, LocalDate day) {
        return answer(StructureView.recorded(scope), type, day);
    }

    /** As {@link #answer(ReadScope, String, LocalDate)}, in the administrative units of {@code view}. */
    public ModelsAnswer answer(StructureView view, String type, LocalDate day) {
        return answer(view, type, day, (agency, unit, period) -> true);
    }

    /** As {@link #answer(StructureView, String, LocalDate)}, summing only the reports {@code counted} keeps. */
    public ModelsAnswer answer(StructureView view, String type, LocalDate day, CountedReports counted) {
        return generations.answer(generation -> health(generation, view, type, day, counted));
    }

    /** Which reports' figures the report totals sum: by the model's agency, the report's unit and its period. */
    @FunctionalInterface
    public interface CountedReports {
        boolean counts(String agency, String unit, String period);
    }

    public int paperOnlyMonths() {
        return paperOnlyMonths;
    }

    /**
     * A model counts where it is now; each of its reports where the model was during the report's period (a model
     * re-homed after the 2025 reform keeps its earlier reports in its old commune), so the locality is matched here,
     * not in the query.
     */
    private ModelsAnswer health(int generation, StructureView view, String type, LocalDate day, CountedReports counted) {
        Document match = view.addAgencyTo(new Document(Items.STATE, new Document("$exists", true)), "state.agency");
        if (type != null && !type.isBlank()) {
            match.append("state.type", type.trim());
        }
        Map<String, Map<String, Long>> byType = new TreeMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ModelStatus status : ModelStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        Map<String, Long> reportTotals = new LinkedHashMap<>();
        ModelCells.REPORT_TOTALS.forEach(total -> reportTotals.put(total, 0L));
        List<ModelsAnswer.PaperOnlyModel> paperOnly = new ArrayList<>();
        SplitAttributions splits = new SplitAttributions(SPLIT_TOTALS);
        for (Document model : database.getCollection(Generations.collection(generation, ProjectionCollections.MODELS))
                .find(match)) {
            Document state = model.get(Items.STATE, Document.class);
            LocalDate establishedOn = LocalDate.parse(state.getString("establishedOn"));
            if (establishedOn.isAfter(day)) {
                continue;
            }
            Place recorded = StructureView.placeOf(state);
            for (Document report : reportItems(model)) {
                // Reports projected before they carried a place count where the model is.
                boolean ownPlace = report.containsKey(Place.PROVINCE);
                Place reported = ownPlace ? StructureView.placeOf(report) : recorded;
                boolean before = ownPlace ? Reform.isBefore(LocalDate.parse(report.getString("periodEnd")))
                        : StructureView.isStoredBefore(recorded);
                Attribution shown = view.attribute(reported, before);
                Document figures = report.get(Items.TOTALS, Document.class);
                if (figures == null || !view.includes(shown.place())
                        || !counted.counts(state.getString("agency"), reported.code(), report.getString("period"))) {
                    continue;
                }
                ModelCells.REPORT_TOTALS.forEach(total -> reportTotals.merge(total, number(figures.get(total)), Long::sum));
                if (shown.split() != null) {
                    splits.add(shown.split(), figures);
                }
            }
            Attribution home = view.attribute(recorded, StructureView.isStoredBefore(recorded));
            if (!view.includes(home.place())) {
                continue;
            }
            if (home.split() != null) {
                splits.add(home.split(), Map.of(MODELS, 1L));
            }
            String status = state.getString("status");
            byStatus.merge(status, 1L, Long::sum);
            Map<String, Long> counts = byType.computeIfAbsent(state.getString("type"), t -> emptyCounts());
            counts.merge(status, 1L, Long::sum);
            counts.merge("total", 1L, Long::sum);
            Optional<PaperOnly> flag = ModelHealth.paperOnly(status, establishedOn, reports(model), day, paperOnlyMonths);
            flag.ifPresent(evidence -> paperOnly.add(paperOnlyEntry(model.getString("_id"), state, home.place(), evidence)));
        }
        paperOnly.sort(Comparator.comparing(ModelsAnswer.PaperOnlyModel::modelId));
        List<ModelsAnswer.TypeCounts> types = new ArrayList<>();
        byType.forEach((name, counts) -> types.add(new ModelsAnswer.TypeCounts(name, statusCounts(counts), counts.get("total"))));
        return new ModelsAnswer(day.toString(), paperOnlyMonths, statusCounts(byStatus), types,
                ModelsAnswer.ReportTotals.of(reportTotals), paperOnly, overlapping(generation, view, type, day), view.name(),
                view.isIn2025() ? SplitAttribution.of(splits.list(), ModelsAnswer.SplitFigures::of) : null,
                Answers.asOf(clock));
    }

    private static ModelsAnswer.StatusCounts statusCounts(Map<String, Long> counts) {
        return new ModelsAnswer.StatusCounts(counts.get(ModelStatus.ACTIVE.name()), counts.get(ModelStatus.SUSPENDED.name()),
                counts.get(ModelStatus.DISSOLVED.name()));
    }

    /**
     * Groups of more than one ACTIVE model of one type in one commune; with an agency, those it has a model in. Under
     * the 2025 structure, models of old communes merged into one new commune are in the same commune.
     */
    private List<ModelsAnswer.Overlap> overlapping(int generation, StructureView view, String type, LocalDate day) {
        Document match = view.localityCondition("");
        if (type != null && !type.isBlank()) {
            match.append("type", type.trim());
        }
        record Shown(String type, Place place, List<Document> models) {
        }
        Map<String, Shown> byPlace = new TreeMap<>();
        for (Document cell : database.getCollection(Generations.collection(generation, ProjectionCollections.ACTIVE_MODELS))
                .find(match)) {
            Document items = cell.get(Items.ITEMS, Document.class);
            Place recorded = StructureView.placeOf(cell);
            Place place = view.attribute(recorded, StructureView.isStoredBefore(recorded)).place();
            if (items == null || !view.includes(place)) {
                continue;
            }
            byPlace.computeIfAbsent(cell.getString("type") + "|" + place.code(),
                    key -> new Shown(cell.getString("type"), place, new ArrayList<>()))
                    .models().addAll(items.values().stream().map(Document.class::cast).toList());
        }
        String agency = view.scope().agency();
        List<ModelsAnswer.Overlap> groups = new ArrayList<>();
        for (Shown shown : byPlace.values()) {
            List<Document> models = shown.models().stream()
                    .filter(item -> !LocalDate.parse(item.getString("establishedOn")).isAfter(day))
                    .sorted(Comparator.comparing(item -> item.getString("modelId")))
                    .toList();
            if (models.size() < 2 || agency != null
                    && models.stream().noneMatch(item -> agency.equals(item.getString("agency")))) {
                continue;
            }
            groups.add(new ModelsAnswer.Overlap(shown.type(), ShownPlace.of(shown.place()), models.size(),
                    models.stream().map(item -> item.getString("modelId")).toList(),
                    models.stream().map(item -> item.getString("agency")).distinct().sorted().toList()));
        }
        groups.sort(Comparator.comparing(ModelsAnswer.Overlap::type).thenComparing(group -> group.place().locality()));
        return groups;
    }

    private static ModelsAnswer.PaperOnlyModel paperOnlyEntry(String modelId, Document state, Place place,
            PaperOnly evidence) {
        return new ModelsAnswer.PaperOnlyModel(modelId, state.getString("name"), state.getString("type"),
                state.getString("agency"), ShownPlace.of(place), state.getString("establishedOn"),
                evidence.lastReport() == null ? null : evidence.lastReport().period(),
                evidence.lastReport() == null ? null : evidence.lastReport().end().toString(), evidence.monthsWithoutReport());
    }

    private static List<ReportPeriod> reports(Document model) {
        return reportItems(model).stream()
                .map(item -> new ReportPeriod(item.getString("period"), LocalDate.parse(item.getString("periodEnd"))))
                .toList();
    }

    /** The items of a model's document that are its reports (the model's own item has no period). */
    private static List<Document> reportItems(Document model) {
        Document items = model.get(Items.ITEMS, Document.class);
        if (items == null) {
            return List.of();
        }
        return items.values().stream().map(Document.class::cast).filter(item -> item.containsKey("periodEnd")).toList();
    }

    private static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ModelStatus status : ModelStatus.values()) {
            counts.put(status.name(), 0L);
        }
        counts.put("total", 0L);
        return counts;
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
