package vn.antq.analytics.projection;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the projections hold of one aggregate: the version last applied and its totals in every cell it touches.
 * <p>
 * The entry is written <em>before</em> the cells (write-ahead), so it also says what the aggregate held in each
 * cell before this apply, should its write to that cell not have happened: {@code prior}. Whether the cell writes
 * finished is told by {@code writer} and {@code offset}: they all finished once the writer's recorded progress has
 * reached the offset (see {@link ProjectionStore}), and then the aggregate holds exactly {@code cells}. Before that,
 * each cell tells on its own: every write to a cell records the highest offset of each writer it carries, so a cell
 * whose offset of {@code writer} has reached {@code offset} holds {@code cells}' share, any other its {@code prior}
 * share (see {@link #heldIn}).
 *
 * @param cells  per cell, the totals this version adds there
 * @param prior  per cell, the totals the aggregate held there before this version was applied; absent where it
 *               held nothing
 * @param writer the writer that applied it: a topic partition ({@code antq.activity.v1:2}) or a rebuild's replay
 * @param offset the last offset of that writer's batch that applied it
 */
public record LedgerEntry(String id, long version, Map<CellRef, Map<String, Long>> cells,
                          Map<CellRef, Map<String, Long>> prior, String writer, long offset) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        cells = Collections.unmodifiableMap(new TreeMap<>(cells));
        prior = Collections.unmodifiableMap(new TreeMap<>(prior));
        Objects.requireNonNull(writer, "writer");
    }

    /** The cells where the aggregate may hold something: those of this version, and those it held before. */
    public TreeSet<CellRef> cellsMaybeHeld() {
        TreeSet<CellRef> all = new TreeSet<>(cells.keySet());
        all.addAll(prior.keySet());
        return all;
    }

    /**
     * What the aggregate holds in each cell while the entry is not settled, from the cells' writers' offsets.
     *
     * @param writersOf a cell's highest offset per writer, as read; empty for a cell that does not exist
     */
    public Map<CellRef, Map<String, Long>> heldIn(Function<CellRef, Map<String, Long>> writersOf) {
        Map<CellRef, Map<String, Long>> held = new TreeMap<>();
        for (CellRef cell : cellsMaybeHeld()) {
            boolean written = writersOf.apply(cell).getOrDefault(writer, -1L) >= offset;
            Map<String, Long> totals = written ? cells.get(cell) : prior.get(cell);
            if (totals != null) {
                held.put(cell, totals);
            }
        }
        return held;
    }
}
