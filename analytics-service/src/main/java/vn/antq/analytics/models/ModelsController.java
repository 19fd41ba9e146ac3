package vn.antq.analytics.models;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.AnalyticsProperties;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.models.ModelHealth.PaperOnly;
import vn.antq.analytics.models.ModelHealth.ReportPeriod;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.ReadScope;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * The health of the self-managed security models as of a date: counts by status and type, the PAPER_ONLY models
 * (no report for {@code antq.analytics.paper-only-months}) and the OVERLAPPING ones (more than one ACTIVE model of
 * the same type in the same commune), each with its evidence. Computed when asked from the model documents,
 * which are few. Statuses are the current ones; {@code asOf} sets the report window, and models established after
 * it are left out.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class ModelsController {

    private final MongoDatabase database;
    private final Generations generations;
    private final Places places;
    private final Clock clock;
    private final int paperOnlyMonths;

    ModelsController(MongoDatabase analyticsDatabase, Generations generations, Places places, Clock clock,
            AnalyticsProperties properties) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.places = places;
        this.clock = clock;
        this.paperOnlyMonths = properties.paperOnlyMonths();
    }

    @GetMapping("/models")
    Map<String, Object> models(AntqUser user, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String type,
            @RequestParam(required = false) String locality) {
        LocalDate day = asOf(asOf);
        ReadScope scope = ReadScope.of(user, agency, locality, places);
        return generations.answer(generation -> health(generation, scope, type, day));
    }

    private Map<String, Object> health(int generation, ReadScope scope, String type, LocalDate day) {
        Document match = scope.addTo(new Document(Items.STATE, new Document("$exists", true)), "state.agency", "state.");
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
        List<Map<String, Object>> paperOnly = new ArrayList<>();
        for (Document model : database.getCollection(Generations.collection(generation, ProjectionCollections.MODELS))
                .find(match)) {
            Document state = model.get(Items.STATE, Document.class);
            LocalDate establishedOn = LocalDate.parse(state.getString("establishedOn"));
            if (establishedOn.isAfter(day)) {
                continue;
            }
            String status = state.getString("status");
            byStatus.merge(status, 1L, Long::sum);
            Map<String, Long> counts = byType.computeIfAbsent(state.getString("type"), t -> emptyCounts());
            counts.merge(status, 1L, Long::sum);
            counts.merge("total", 1L, Long::sum);
            Document totals = model.get(Items.TOTALS, Document.class);
            if (totals != null) {
                ModelCells.REPORT_TOTALS.forEach(total -> reportTotals.merge(total, number(totals.get(total)), Long::sum));
            }
            Optional<PaperOnly> flag = ModelHealth.paperOnly(status, establishedOn, reports(model), day, paperOnlyMonths);
            flag.ifPresent(evidence -> paperOnly.add(paperOnlyEntry(model.getString("_id"), state, evidence)));
        }
        paperOnly.sort(Comparator.comparing(entry -> (String) entry.get("modelId")));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", day.toString());
        answer.put("paperOnlyMonths", paperOnlyMonths);
        answer.put("byStatus", byStatus);
        List<Map<String, Object>> types = new ArrayList<>();
        byType.forEach((name, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", name);
            row.putAll(counts);
            types.add(row);
        });
        answer.put("byType", types);
        answer.put("reportTotals", reportTotals);
        answer.put("paperOnly", paperOnly);
        answer.put("overlapping", overlapping(generation, scope, type, day));
        answer.put("computedAt", Answers.asOf(clock));
        return answer;
    }

    /** Groups of more than one ACTIVE model of one type in one commune; with an agency, those it has a model in. */
    private List<Map<String, Object>> overlapping(int generation, ReadScope scope, String type, LocalDate day) {
        Document match = new ReadScope(null, scope.locality()).addTo(new Document(), "agency");
        if (type != null && !type.isBlank()) {
            match.append("type", type.trim());
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Document cell : database.getCollection(Generations.collection(generation, ProjectionCollections.ACTIVE_MODELS))
                .find(match)) {
            Document items = cell.get(Items.ITEMS, Document.class);
            if (items == null) {
                continue;
            }
            List<Document> models = items.values().stream()
                    .map(Document.class::cast)
                    .filter(item -> !LocalDate.parse(item.getString("establishedOn")).isAfter(day))
                    .sorted(Comparator.comparing(item -> item.getString("modelId")))
                    .toList();
            if (models.size() < 2 || scope.agency() != null
                    && models.stream().noneMatch(item -> scope.agency().equals(item.getString("agency")))) {
                continue;
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("type", cell.getString("type"));
            putPlace(group, cell);
            group.put("activeModels", models.size());
            group.put("modelIds", models.stream().map(item -> item.getString("modelId")).toList());
            group.put("agencies", models.stream().map(item -> item.getString("agency")).distinct().sorted().toList());
            groups.add(group);
        }
        groups.sort(Comparator.comparing((Map<String, Object> group) -> (String) group.get("type"))
                .thenComparing(group -> (String) group.get("locality")));
        return groups;
    }

    private static Map<String, Object> paperOnlyEntry(String modelId, Document state, PaperOnly evidence) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("modelId", modelId);
        entry.put("name", state.getString("name"));
        entry.put("type", state.getString("type"));
        entry.put("agency", state.getString("agency"));
        putPlace(entry, state);
        entry.put("establishedOn", state.getString("establishedOn"));
        entry.put("lastReportPeriod", evidence.lastReport() == null ? null : evidence.lastReport().period());
        entry.put("lastReportPeriodEnd", evidence.lastReport() == null ? null : evidence.lastReport().end().toString());
        entry.put("monthsWithoutReport", evidence.monthsWithoutReport());
        return entry;
    }

    private static void putPlace(Map<String, Object> target, Document source) {
        target.put("locality", source.getString("locality"));
        for (String level : List.of(Place.PROVINCE, Place.DISTRICT, Place.COMMUNE)) {
            target.put(level, source.getString(level));
            target.put(Place.nameOf(level), source.getString(Place.nameOf(level)));
        }
    }

    private static List<ReportPeriod> reports(Document model) {
        Document items = model.get(Items.ITEMS, Document.class);
        if (items == null) {
            return List.of();
        }
        return items.values().stream()
                .map(Document.class::cast)
                .filter(item -> item.containsKey("periodEnd"))
                .map(item -> new ReportPeriod(item.getString("period"), LocalDate.parse(item.getString("periodEnd"))))
                .toList();
    }

    private static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ModelStatus status : ModelStatus.values()) {
            counts.put(status.name(), 0L);
        }
        counts.put("total", 0L);
        return counts;
    }

    private LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return VietnamTime.today(clock);
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(FieldProblem.of("asOf", "Ngày không hợp lệ: '" + asOf + "' (dạng 2024-12-31)",
                    "Invalid date: '" + asOf + "' (use 2024-12-31)"));
        }
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
