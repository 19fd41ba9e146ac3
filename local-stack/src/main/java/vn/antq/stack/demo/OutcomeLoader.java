package vn.antq.stack.demo;

import static vn.antq.contracts.common.KnownAgencies.POLICE;

import java.util.ArrayList;
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
 * Records the police's outcome figures through event-service: reads which communes' months are recorded already,
 * then records the others, each with an Idempotency-Key, on a few threads. A second load therefore only reads.
 */
final class OutcomeLoader {

    private static final String OUTCOMES = "/api/v1/outcomes";
    private static final int THREADS = 4;

    private final ServiceClient events;
    private final DemoTokens tokens;
    private final LoadTally tally;

    OutcomeLoader(ServiceClient events, DemoTokens tokens, LoadTally tally) {
        this.events = events;
        this.tokens = tokens;
        this.tally = tally;
    }

    void load(List<DemoOutcome> all) {
        String token = tokens.recorder(POLICE);
        Set<String> recorded = recorded(token);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, DemoLoad.daemon("demo-outcomes"));
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (DemoOutcome outcome : all) {
                if (recorded.contains(key(outcome.commune(), outcome.month().toString()))) {
                    tally.count("outcome figures", false);
                    continue;
                }
                loads.add(pool.submit(() -> {
                    events.postJson(OUTCOMES, token, form(outcome),
                            Map.of("Idempotency-Key", "demo-outcome-" + outcome.commune() + "-" + outcome.month()),
                            Set.of(201));
                    tally.count("outcome figures", true);
                }));
            }
            DemoLoad.awaitAll(loads);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The communes' months the police have recorded already in the demo's years. */
    private Set<String> recorded(String token) {
        Set<String> keys = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode answer = events.get(OUTCOMES + "?locality=" + KonTumPlaces.PROVINCE
                    + "&from=2019-01&to=2024-12&size=200&page=" + page, token, Set.of(200)).body();
            answer.path("items").forEach(item -> keys.add(
                    key(item.path("locality").path("commune").asString(), item.path("month").asString())));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return keys;
            }
        }
    }

    private static String key(String commune, String month) {
        return commune + "|" + month;
    }

    private static Map<String, Object> form(DemoOutcome o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locality", Map.of("province", KonTumPlaces.PROVINCE, "district", o.district(), "commune", o.commune()));
        body.put("month", o.month().toString());
        body.put("drugCrimes", o.drugCrimes());
        body.put("propertyCrimes", o.propertyCrimes());
        body.put("violentCrimes", o.violentCrimes());
        body.put("otherCrimes", o.otherCrimes());
        body.put("socialEvils", o.socialEvils());
        body.put("crimeReports", o.crimeReports());
        body.put("offendersReintegrated", o.offendersReintegrated());
        body.put("disputesMediated", o.disputesMediated());
        body.put("securityIncidents", o.securityIncidents());
        return body;
    }
}
