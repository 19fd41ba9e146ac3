package vn.antq.analytics.projection;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

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
        totals = totals instanceof Frozen<Long> frozen ? frozen
                : new Frozen<>(new TreeMap<>(totals == null ? Map.of() : totals));
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
        if (values instanceof Frozen<Object> frozen) {
            return frozen;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        return new Frozen<>(copy);
    }

    /**
     * Makes contributions that are alike share their parts: the same cell reference, dimensions and totals held once.
     * A rebuild's fold keeps one change per aggregate, millions of them, most contributing to cells that thousands of
     * others contribute to too; shared, a folded change holds little more than its ledger id.
     */
    public static final class Sharing {

        private final Map<CellRef, CellRef> cells = new HashMap<>();
        private final Map<CellRef, Map<String, Object>> dimensions = new HashMap<>();
        private final Map<String, Map<String, Long>> totals = new HashMap<>();

        /** The change with its contributions' cell, dimensions and totals replaced by equal ones already held. */
        public Change share(Change change) {
            List<Contribution> shared = new ArrayList<>(change.contributions().size());
            for (Contribution contribution : change.contributions()) {
                CellRef cell = cells.computeIfAbsent(contribution.cell(), same -> same);
                // Keyed by what hashes well: maps' own hash codes (sums over their entries) collide by the thousand.
                shared.add(new Contribution(cell, same(dimensions, cell, contribution.dimensions()),
                        same(totals, contribution.totals().toString(), contribution.totals()),
                        contribution.attributes(), contribution.state()));
            }
            return new Change(change.ledgerId(), change.version(), shared, change.occurredAt());
        }

        private static <K, V> Map<String, V> same(Map<K, Map<String, V>> pool, K key, Map<String, V> value) {
            Map<String, V> held = pool.putIfAbsent(key, value);
            return held != null && held.equals(value) ? held : value;
        }
    }

    /**
     * A contribution's map, copied once when the contribution was made and read-only: another contribution made from
     * it takes it as it is (see {@link Sharing}).
     */
    private static final class Frozen<V> extends AbstractMap<String, V> {

        private final Map<String, V> values;

        Frozen(Map<String, V> values) {
            this.values = Collections.unmodifiableMap(values);
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return values.entrySet();
        }

        @Override
        public V get(Object key) {
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return values.containsKey(key);
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super V> action) {
            values.forEach(action);
        }
    }
}
