package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Records the materials library through event-service: each material by its issuing agency (with its PDF, or its
 * link), then its distributions to the communes on a few threads, then the withdrawals. It first reads which
 * materials are there already (by title); a distribution's Idempotency-Key makes a second load of it a replay. So a
 * second load records nothing twice.
 */
final class MaterialLoader {

    private static final String MATERIALS = "/api/v1/materials";
    private static final int THREADS = 4;

    private final ServiceClient events;
    private final DemoTokens tokens;
    private final LoadTally tally;

    MaterialLoader(ServiceClient events, DemoTokens tokens, LoadTally tally) {
        this.events = events;
        this.tokens = tokens;
        this.tally = tally;
    }

    void load(List<DemoMaterial> all) {
        Map<String, JsonNode> recorded = recorded();
        Map<String, String> ids = new HashMap<>();
        for (DemoMaterial material : all) {
            JsonNode existing = recorded.get(material.title());
            boolean created = existing == null;
            if (created) {
                existing = events.postMultipart(MATERIALS, tokens.recorder(material.agency()), "material", form(material),
                        material.fileName(), material.fileName() == null ? null : MaterialPlan.pdf(material),
                        Map.of("Idempotency-Key", "demo-material-" + material.key()), Set.of(200, 201)).body();
            }
            ids.put(material.key(), existing.path("id").asString());
            tally.count("materials", created);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, DemoLoad.daemon("demo-materials"));
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (DemoMaterial material : all) {
                if (recorded.containsKey(material.title()) && recorded.get(material.title()).path("withdrawn").asBoolean()) {
                    tally.existing("material distributions", material.distributions().size());
                    continue;
                }
                String token = tokens.recorder(material.agency());
                for (DemoMaterial.Distribution d : material.distributions()) {
                    loads.add(pool.submit(() -> {
                        ServiceClient.Reply reply = events.postJson(MATERIALS + "/" + ids.get(material.key())
                                        + "/distributions", token, distribution(d),
                                Map.of("Idempotency-Key", "demo-distribution-" + material.key() + "-" + d.commune()),
                                Set.of(200, 201));
                        tally.count("material distributions", !reply.replayed());
                    }));
                }
            }
            DemoLoad.awaitAll(loads);
        } finally {
            pool.shutdownNow();
        }
        for (DemoMaterial material : all) {
            if (material.withdrawn()) {
                String id = ids.get(material.key());
                String token = tokens.recorder(material.agency());
                ServiceClient.Reply current = events.get(MATERIALS + "/" + id, token, Set.of(200));
                boolean withdraw = !current.body().path("withdrawn").asBoolean();
                if (withdraw) {
                    events.delete(MATERIALS + "/" + id, token, Map.of("If-Match", current.etag()), Set.of(200));
                }
                tally.count("material withdrawals", withdraw);
            }
        }
    }

    /** The materials recorded already, by title. */
    private Map<String, JsonNode> recorded() {
        Map<String, JsonNode> byTitle = new HashMap<>();
        String token = tokens.ops();
        for (int page = 0; ; page++) {
            JsonNode answer = events.get(MATERIALS + "?size=100&page=" + page, token, Set.of(200)).body();
            answer.path("items").forEach(item -> byTitle.put(item.path("title").asString(), item));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return byTitle;
            }
        }
    }

    private static Map<String, Object> form(DemoMaterial m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", m.title());
        body.put("kind", m.kind());
        body.put("topics", m.topics());
        body.put("languages", m.languages());
        body.put("edition", m.edition());
        body.put("issuedOn", m.issuedOn().toString());
        body.put("locality", Map.of("province", KonTumPlaces.PROVINCE));
        if (m.link() != null) {
            body.put("link", m.link());
        }
        return body;
    }

    private static Map<String, Object> distribution(DemoMaterial.Distribution d) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unit", Map.of("province", KonTumPlaces.PROVINCE, "district", d.district(), "commune", d.commune()));
        body.put("receivedOn", d.receivedOn().toString());
        body.put("copies", d.copies());
        body.put("digital", d.digital());
        return body;
    }
}
