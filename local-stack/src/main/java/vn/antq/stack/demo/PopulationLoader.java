package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import vn.antq.stack.ServiceClient;

/**
 * Loads the estimated population of Kon Tum, its districts and communes ({@link KonTumPlaces}) into analytics-service
 * as reference data ({@code PUT /api/v1/analytics/reference/population}, ADMIN), with the ethnic-minority languages
 * spoken in each district ({@link MaterialPlan#languagesOf}), so that the shortcomings can compare
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
        Map<String, Map<String, Object>> demo = new LinkedHashMap<>();
        demo.put(KonTumPlaces.PROVINCE, entry(KonTumPlaces.PROVINCE, places.population(), YEAR, List.of()));
        places.districts().forEach(district -> demo.put(district.code(), entry(district.code(), district.population(),
                YEAR, MaterialPlan.languagesOf(district.code()))));
        places.communes().forEach(commune -> demo.put(commune.code(), entry(commune.code(), commune.population(), YEAR,
                MaterialPlan.languagesOf(commune.districtCode()))));

        Map<String, Map<String, Object>> table = new LinkedHashMap<>();
        for (JsonNode entry : analytics.get(POPULATION, tokens.admin(), Set.of(200)).body().path("entries")) {
            List<String> languages = new ArrayList<>();
            entry.path("languages").forEach(language -> languages.add(language.asString()));
            table.put(entry.path("code").asString(), entry(entry.path("code").asString(), entry.path("population").asLong(),
                    entry.path("year").asInt(), languages));
        }
        long missing = demo.entrySet().stream().filter(figure -> !same(figure.getValue(), table.get(figure.getKey())))
                .count();
        tally.existing("population figures", demo.size() - missing);
        if (missing == 0) {
            return;
        }
        table.putAll(demo);
        analytics.putJson(POPULATION, tokens.admin(), List.copyOf(table.values()), Set.of(200));
        tally.created("population figures", missing);
    }

    /** The same residents and languages (the year aside: a table loaded earlier may name another). */
    private static boolean same(Map<String, Object> demo, Map<String, Object> loaded) {
        return loaded != null && demo.get("population").equals(loaded.get("population"))
                && demo.get("languages").equals(loaded.get("languages"));
    }

    private static Map<String, Object> entry(String code, long population, int year, List<String> languages) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", code);
        entry.put("population", population);
        entry.put("year", year);
        entry.put("languages", List.copyOf(languages));
        return entry;
    }
}
