package vn.antq.analytics.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.antq.analytics.dimension.Attribution;

/**
 * The figures a 2025 answer gave to the default successor of a split commune (xã bị chia tách), summed per old
 * commune, so that the reader sees what was attributed by the mapping's choice rather than by the ground:
 * {@code {oldCode, oldName, newCode, newName, otherSuccessors: [{code, name}], <totals>}}.
 */
public final class SplitAttributions {

    private final List<String> totals;
    private final Map<String, Map<String, Object>> byOldCommune = new TreeMap<>();

    public SplitAttributions(List<String> totals) {
        this.totals = List.copyOf(totals);
    }

    /** Adds what one row or item moved; figures missing from {@code figures} count zero. */
    public void add(Attribution.Split split, Map<String, ?> figures) {
        Map<String, Object> entry = byOldCommune.computeIfAbsent(split.oldCode(), code -> entry(split));
        for (String total : totals) {
            long value = figures.get(total) instanceof Number number ? number.longValue() : 0;
            entry.merge(total, value, (a, b) -> (Long) a + (Long) b);
        }
    }

    public List<Map<String, Object>> list() {
        return new ArrayList<>(byOldCommune.values());
    }

    private Map<String, Object> entry(Attribution.Split split) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("oldCode", split.oldCode());
        entry.put("oldName", split.oldName());
        entry.put("newCode", split.successor().code());
        entry.put("newName", split.successor().name());
        entry.put("otherSuccessors", split.otherSuccessors().stream().map(unit -> {
            Map<String, Object> other = new LinkedHashMap<>();
            other.put("code", unit.code());
            other.put("name", unit.name());
            return other;
        }).toList());
        totals.forEach(total -> entry.put(total, 0L));
        return entry;
    }
}
