package vn.antq.analytics.projection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one version of one aggregate adds to one cell: numbers added to the cell's totals {@code t}, and what
 * its item in the cell's {@code items} keeps beside them. Pure data, computed from the event alone, so that the
 * same version always contributes the same thing (which is what makes re-applying it harmless).
 *
 * @param dimensions written once, when the cell is created ({@code $setOnInsert}); they follow from the cell key
 * @param totals     added to {@code t.<name>}; the cell's totals are the sum over its items
 * @param attributes kept only in the item (e.g. a review's date), for answers that list the items
 * @param state      set on the cell itself ({@code $set}); only for cells that one aggregate owns, like a model's
 *                   own document, whose current state it is
 */
public record Contribution(CellRef cell, Map<String, Object> dimensions, Map<String, Long> totals,
                           Map<String, Object> attributes, Map<String, Object> state) {

    public Contribution {
        Objects.requireNonNull(cell, "cell");
        dimensions = frozen(dimensions);
        totals = Collections.unmodifiableMap(new TreeMap<>(totals == null ? Map.of() : totals));
        attributes = frozen(attributes);
        state = frozen(state);
        for (String name : attributes.keySet()) {
            if (name.equals(Items.VERSION) || name.equals(Items.TOTALS)) {
                throw new IllegalArgumentException("attribute " + name + " collides with the item's version or totals");
            }
        }
    }

    /** A contribution of totals to a cell with these dimensions. */
    public static Contribution of(CellRef cell, Map<String, Object> dimensions, Map<String, Long> totals) {
        return new Contribution(cell, dimensions, totals, Map.of(), Map.of());
    }

    /** Insertion order kept (it is the order of the fields in MongoDB), nulls left out. */
    private static Map<String, Object> frozen(Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
