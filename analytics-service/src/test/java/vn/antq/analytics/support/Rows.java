package vn.antq.analytics.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Expected group-by answers, computed by the test from the events it generated, independently of the
 * projections: rows of group keys and summed totals, as {@code key -> value} maps with numbers as longs.
 */
public final class Rows {

    private Rows() {
    }

    /** Sums {@code totals} over {@code items}, grouped by the values {@code keys} extract. */
    public static <T> List<Map<String, Object>> expected(List<T> items, Map<String, Function<T, Object>> keys,
            Map<String, Function<T, Long>> totals) {
        Map<List<Object>, Map<String, Object>> groups = new TreeMap<>(Rows::compareKeys);
        for (T item : items) {
            List<Object> key = keys.values().stream().map(extract -> extract.apply(item)).toList();
            Map<String, Object> row = groups.computeIfAbsent(key, k -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                int i = 0;
                for (String name : keys.keySet()) {
                    fresh.put(name, k.get(i++));
                }
                totals.keySet().forEach(name -> fresh.put(name, 0L));
                return fresh;
            });
            totals.forEach((name, extract) -> row.merge(name, extract.apply(item), (a, b) -> (Long) a + (Long) b));
        }
        return new ArrayList<>(groups.values());
    }

    /** The answer's rows reduced to the given keys and totals, numbers as longs, sorted like {@link #expected}. */
    public static List<Map<String, Object>> actual(List<Map<String, Object>> rows, List<String> keys, List<String> totals) {
        List<Map<String, Object>> reduced = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>();
            keys.forEach(key -> copy.put(key, row.get(key) instanceof Number n ? (Object) n.longValue() : row.get(key)));
            totals.forEach(total -> copy.put(total, ((Number) row.get(total)).longValue()));
            reduced.add(copy);
        }
        reduced.sort(Comparator.comparing(row -> keys.stream().map(row::get).toList(), Rows::compareKeys));
        return reduced;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return x == null ? -1 : 1;
                }
                continue;
            }
            int c = ((Comparable) x).compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
