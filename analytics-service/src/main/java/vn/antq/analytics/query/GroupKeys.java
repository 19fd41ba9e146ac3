package vn.antq.analytics.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.antq.analytics.dimension.Place;

/**
 * Reads a group key of a group-by row for its typed answer. A row holds the keys asked for in {@code groupBy} only:
 * a key not asked for is {@code null} in the answer's record (left out of the JSON), a key asked for whose cells
 * have none (a province-level record has no commune) is {@code Optional.empty()} (JSON {@code null}).
 */
public final class GroupKeys {

    private GroupKeys() {
    }

    @SuppressWarnings("OptionalAssignedToNull")
    public static <V> Optional<V> key(Map<String, ?> row, String key, Class<V> type) {
        if (!row.containsKey(key)) {
            return null;
        }
        return Optional.ofNullable(type.cast(row.get(key)));
    }

    /** A total of a row, zero when absent. */
    public static long total(Map<String, ?> row, String name) {
        return row.get(name) instanceof Number number ? number.longValue() : 0;
    }

    /** The keys' values (and the names of the places among them) of a row: rows of two cubes in the same group agree. */
    public static String joinKey(Map<String, Object> row, List<String> keys) {
        StringBuilder key = new StringBuilder();
        for (String name : keys) {
            key.append(row.get(name)).append('|');
            if (row.containsKey(Place.nameOf(name))) {
                key.append(row.get(Place.nameOf(name))).append('|');
            }
        }
        return key.toString();
    }
}
