package vn.antq.analytics.modelhealth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.model.ModelStatus;

/**
 * Self-managed security models (mô hình tự quản về an ninh trật tự). Each model has one document in
 * {@code models}: the model sets its state there, and each of its reports, an aggregate of its own, adds an item
 * with its period and its numbers to the document's totals. An ACTIVE model also counts in
 * {@code active_models}, per type and locality, which is how overlapping models show.
 */
public final class ModelCells {

    public static final String ACTIVE = "active";
    public static final String REPORTS = "reports";
    public static final List<String> REPORT_TOTALS =
            List.of(REPORTS, "meetings", "mediations", "tipsReported", "offendersSupported", "incidents");

    private ModelCells() {
    }

    public static List<Contribution> of(ModelEvent model, Place place) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", model.name());
        state.put("type", model.type());
        state.put("agency", model.agency());
        state.put("partnerAgencies", model.partnerAgencies());
        state.putAll(place.dimensions());
        state.put("locality", place.code());
        state.put("village", model.village());
        state.put("establishedOn", model.establishedOn().toString());
        state.put("members", model.members());
        state.put("status", model.status().name());
        Contribution document = new Contribution(modelCell(model.id()), Map.of("modelId", model.id()), Map.of(),
                Map.of(), state);
        if (model.status() != ModelStatus.ACTIVE) {
            return List.of(document);
        }
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("type", model.type());
        dimensions.putAll(place.dimensions());
        dimensions.put("locality", place.code());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("modelId", model.id());
        attributes.put("agency", model.agency());
        attributes.put("establishedOn", model.establishedOn().toString());
        Contribution active = new Contribution(
                new CellRef(ProjectionCollections.ACTIVE_MODELS, model.type() + "|" + place.code()), dimensions,
                Map.of(ACTIVE, 1L), attributes, Map.of());
        return List.of(document, active);
    }

    /** A report adds its figures to its model's document; its item keeps its period and its own place. */
    public static List<Contribution> ofReport(ModelReportEvent report, Place place) {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(REPORTS, 1L);
        totals.put("meetings", report.meetings());
        totals.put("mediations", report.mediations());
        totals.put("tipsReported", report.tipsReported());
        totals.put("offendersSupported", report.offendersSupported());
        totals.put("incidents", report.incidents());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("reportId", report.id());
        attributes.put("period", report.period());
        attributes.put("periodEnd", report.periodEnd().toString());
        // Where the model was during the period: a model re-homed after the 2025 reform keeps its old reports there.
        attributes.putAll(place.dimensions());
        return List.of(new Contribution(modelCell(report.modelId()), Map.of("modelId", report.modelId()), totals,
                attributes, Map.of()));
    }

    private static CellRef modelCell(String modelId) {
        return new CellRef(ProjectionCollections.MODELS, modelId);
    }
}
