package vn.antq.analytics.dimension;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A locality as the projections store it: its codes and their official names (Vietnamese, with diacritics).
 * District and commune are null for a province-level record; the district is null for a 2025 commune.
 */
public record Place(String province, String district, String commune,
                    String provinceName, String districtName, String communeName) {

    public static final String PROVINCE = "province";
    public static final String DISTRICT = "district";
    public static final String COMMUNE = "commune";

    /** The most specific code: the commune, else the district, else the province. */
    public String code() {
        return commune != null ? commune : district != null ? district : province;
    }

    /** The codes and names as cell dimensions ({@code province}, {@code provinceName}, ...); nulls left out. */
    public Map<String, Object> dimensions() {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        put(dimensions, PROVINCE, province);
        put(dimensions, nameOf(PROVINCE), provinceName);
        put(dimensions, DISTRICT, district);
        put(dimensions, nameOf(DISTRICT), districtName);
        put(dimensions, COMMUNE, commune);
        put(dimensions, nameOf(COMMUNE), communeName);
        return dimensions;
    }

    /** The field holding a locality level's name: {@code districtName}. */
    public static String nameOf(String level) {
        return level + "Name";
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
