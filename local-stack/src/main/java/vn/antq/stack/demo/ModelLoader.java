package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import vn.antq.stack.ServiceClient;

/**
 * Loads the self-managed models through model-service: registers those the agency does not have yet (with an
 * Idempotency-Key), files the reports a model does not have yet, then applies the status changes its version
 * shows it has not been through. A second load therefore only reads.
 */
final class ModelLoader {

    private static final String MODELS = "/api/v1/models";

    private final ServiceClient models;
    private final DemoTokens tokens;
    private final LoadTally tally;
    private final int threads;

    ModelLoader(ServiceClient models, DemoTokens tokens, LoadTally tally, int threads) {
        this.models = models;
        this.tokens = tokens;
        this.tally = tally;
        this.threads = threads;
    }

    void load(List<DemoModel> all) {
        Map<String, JsonNode> registered = new HashMap<>();
        all.stream().map(DemoModel::agency).distinct().forEach(agency -> registered.putAll(registeredModels(agency)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, DemoLoad.daemon("demo-models"));
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (DemoModel model : all) {
                loads.add(pool.submit(() -> load(model, registered.get(model.agency() + "|" + model.name()))));
            }
            DemoLoad.awaitAll(loads);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The models an agency has registered already, by agency and name (unique in the demo). Read first rather
     * than relying on the Idempotency-Key alone: model-service answers a repeated registration with 422 once
     * the model's status has changed since.
     */
    private Map<String, JsonNode> registeredModels(String agency) {
        Map<String, JsonNode> byName = new HashMap<>();
        String token = tokens.recorder(agency);
        for (int page = 0; ; page++) {
            JsonNode models = this.models.get(MODELS + "?agency=" + agency + "&size=200&page=" + page, token,
                    Set.of(200)).body();
            models.path("items").forEach(model -> byName.put(agency + "|" + model.path("name").asString(), model));
            if (page + 1 >= models.path("totalPages").asInt()) {
                return byName;
            }
        }
    }

    private void load(DemoModel model, JsonNode existing) {
        String token = tokens.recorder(model.agency());
        JsonNode current = existing;
        if (current == null) {
            current = models.postJson(MODELS, token, registration(model),
                    Map.of("Idempotency-Key", "demo-model-" + model.key()), Set.of(201)).body();
        }
        tally.count("models", existing == null);
        String id = current.path("id").asString();
        fileReports(model, id, token);
        // Each status change is one version: a model at version v has been through the first v - 1 changes.
        long version = current.path("version").asLong();
        List<DemoModel.StatusChange> changes = model.statusChanges();
        tally.existing("status changes", Math.min(version - 1, changes.size()));
        for (int i = (int) version - 1; i < changes.size(); i++) {
            DemoModel.StatusChange change = changes.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", change.status().name());
            body.put("reason", change.reason());
            ServiceClient.Reply changed = models.postJson(MODELS + "/" + id + "/status", token, body,
                    Map.of("If-Match", "\"" + version + "\"",
                            "Idempotency-Key", "demo-model-status-" + model.key() + "-" + (i + 1)), Set.of(200));
            version = changed.body().path("version").asLong();
            tally.created("status changes", 1);
        }
    }

    private void fileReports(DemoModel model, String id, String token) {
        Set<String> filed = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode reports = models.get(MODELS + "/" + id + "/reports?size=200&page=" + page, token, Set.of(200)).body();
            reports.path("items").forEach(report -> filed.add(report.path("period").asString()));
            if (page + 1 >= reports.path("totalPages").asInt()) {
                break;
            }
        }
        for (DemoReport report : model.reports()) {
            if (filed.contains(report.period())) {
                tally.count("model reports", false);
                continue;
            }
            models.postJson(MODELS + "/" + id + "/reports", token, report,
                    Map.of("Idempotency-Key", "demo-report-" + model.key() + "-" + report.period()), Set.of(200, 201));
            tally.count("model reports", true);
        }
    }

    private static Map<String, Object> registration(DemoModel model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", model.name());
        body.put("type", model.type());
        body.put("agency", model.agency());
        body.put("partnerAgencies", model.partnerAgencies());
        body.put("locality", Map.of("province", KonTumPlaces.PROVINCE, "district", model.district(),
                "commune", model.commune()));
        body.put("village", model.village());
        body.put("establishedOn", model.establishedOn().toString());
        body.put("members", model.members());
        return body;
    }
}
