package vn.antq.analytics.projection;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one write a batch makes to one cell, for every aggregate of the batch that changes there: the difference
 * their new contributions make to the cell's totals, the items to set or remove (only contributions with
 * attributes keep an item), the owner's state, and each writer's offset, raised to the batch's. One update of one
 * document, so it happens whole or not at all: a cell whose writer's offset has reached a batch's holds everything
 * that batch brought it (see {@link LedgerEntry#heldIn}).
 *
 * @param creates    whether the write may create the cell (with {@code dimensions}): some aggregate contributes to it
 * @param increments added to the cell's totals; may be empty
 * @param items      items to set, by item key
 * @param removed    item keys to remove
 * @param state      set on the cell (see {@link Contribution#state()}); may be empty
 * @param writers    per writer, the offset of the batch; the cell keeps the highest
 */
public record CellOp(CellRef cell, boolean creates, Map<String, Long> increments, Map<String, Map<String, Object>> items,
                     Set<String> removed, Map<String, Object> dimensions, Map<String, Object> state,
                     Map<String, Long> writers) {

    /** Copies kept in key order, so that a cell's document and its update list their fields the same way every time. */
    public CellOp {
        Objects.requireNonNull(cell, "cell");
        increments = Collections.unmodifiableSortedMap(new TreeMap<>(increments));
        items = Collections.unmodifiableSortedMap(new TreeMap<>(items));
        removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
        dimensions = dimensions == null ? Map.of() : dimensions;
        state = state == null ? Map.of() : state;
        writers = Collections.unmodifiableSortedMap(new TreeMap<>(writers));
    }
}
