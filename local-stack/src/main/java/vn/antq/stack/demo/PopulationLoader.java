package vn.antq.stack.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import vn.antq.stack.ServiceClient;

/**
 * Loads the estimated population of Kon Tum, its districts and communes ({@link KonTumPlaces}) into analytics-service
 * as reference data ({@code PUT /api/v1/analytics/reference/population}, ADMIN), so that the shortcomings can compare
 * participations per resident. A load replaces the whole table, so the figures already there for other places are
 * sent along; when every demo figure is there already, nothing is sent.
 */
final class PopulationLoader {

    static final String POPULATION = "/api/v1/analytics/reference/population";
    /** The estimates are near the 2019 census. */
    static final int YEAR = 2019;

    private final ServiceClient analytics;
    private final DemoTokens tokens;
    private final LoadTally tally;

    PopulationLoader(ServiceClient analytics, DemoTokens tokens, LoadTally tally) {
        this.analytics = analytics;
        this.tokens = tokens;
        this.tally = tally;
    }

    void load(KonTumPlaces places) {
        Map<String, Long> demo = new LinkedHashMap<>();
        demo.put(KonTumPlaces.PROVINCE, places.population());
        places.districts().forEach(district -> demo.put(district.code(), district.population()));
        places.communes().forEach(commune -> demo.put(commune.code(), commune.population()));

        Map<String, Map<String, Object>> table = new LinkedHashMap<>();
        for (JsonNode entry : analytics.get(POPULATION, tokens.admin(), Set.of(200)).body().path("entries")) {
            table.put(entry.path("code").asString(), entry(entry.path("code").asString(), entry.path("population").asLong(),
                    entry.path("year").asInt()));
        }
        long missing = demo.entrySet().stream().filter(figure -> !figure.getValue().equals(population(table, figure.getKey())))
                .count();
        tally.existing("population figures", demo.size() - missing);
        if (missing == 0) {
            return;
        }
        demo.forEach((code, population) -> table.put(code, entry(code, population, YEAR)));
        analytics.putJson(POPULATION, tokens.admin(), List.copyOf(table.values()), Set.of(200));
        tally.created("population figures", missing);
    }

    private static Long population(Map<String, Map<String, Object>> table, String code) {
        Map<String, Object> entry = table.get(code);
        return entry == null ? null : (Long) entry.get("population");
    }

    private static Map<String, Object> entry(String code, long population, int year) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", code);
        entry.put("population", population);
        entry.put("year", year);
        return entry;
    }
}
