package vn.antq.analytics.projection;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the projections hold of one aggregate: the version last applied and its totals in every cell it touches.
 * <p>
 * The entry is written <em>before</em> the cells (write-ahead), so it also names the cells where items of earlier
 * versions may remain if that write was interrupted: {@code formerCells}. Whether the cell writes finished is
 * told by {@code writer} and {@code offset}: they finished once the writer's recorded progress has reached the
 * offset (see {@link ProjectionStore}). A settled entry's {@code formerCells} no longer matter: the aggregate's
 * items are then exactly {@code cells}.
 *
 * @param writer the writer that applied it: a topic partition ({@code antq.activity.v1:2}) or a rebuild's replay
 * @param offset the last offset of that writer's batch that applied it
 */
public record LedgerEntry(String id, long version, Map<CellRef, Map<String, Long>> cells, Set<CellRef> formerCells,
                          String writer, long offset) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        cells = Collections.unmodifiableMap(new TreeMap<>(cells));
        formerCells = Collections.unmodifiableSet(new TreeSet<>(formerCells));
        Objects.requireNonNull(writer, "writer");
    }
}
