package vn.antq.analytics.query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What a 2025 answer gave to the default successor of a split commune (xã bị chia tách), summed per old commune:
 * the old commune, the successor that got the figures, the others it could have gone to, and the figures.
 *
 * @param <T> the answer's totals, shown beside the communes
 */
public record SplitAttribution<T>(String oldCode, String oldName, String newCode, String newName,
        List<Unit> otherSuccessors, @JsonUnwrapped T figures) {

    /** A 2025 commune: its code and name. */
    public record Unit(String code, String name) {
    }

    /** The typed entries of {@link SplitAttributions#list()}. */
    @SuppressWarnings("unchecked")
    public static <T> List<SplitAttribution<T>> of(List<Map<String, Object>> entries, Function<Map<String, ?>, T> figures) {
        return entries.stream().map(entry -> new SplitAttribution<>((String) entry.get("oldCode"),
                (String) entry.get("oldName"), (String) entry.get("newCode"), (String) entry.get("newName"),
                ((List<Map<String, Object>>) entry.get("otherSuccessors")).stream()
                        .map(unit -> new Unit((String) unit.get("code"), (String) unit.get("name"))).toList(),
                figures.apply(entry))).toList();
    }
}
