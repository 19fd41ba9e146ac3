package vn.antq.analytics.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.antq.analytics.projection.ApplyPlan.LedgerWrite;

/**
 * The projection protocol (DESIGN §2) as pure functions, so that its rules are tested without MongoDB. See the
 * README's "Projection protocol" for why the result is exact.
 * <p>
 * Per aggregate, with ledger entry (w, C_w) and incoming (v, C_v): v &lt; w, or v = w with the entry settled, is a
 * duplicate or stale: skipped. Otherwise what the aggregate holds in each cell now is known: from a settled entry,
 * C_w; from an unsettled one (an apply that may have been interrupted), cell by cell from the cells' writers'
 * offsets ({@link LedgerEntry#heldIn}), which is why those cells' offsets are read first ({@link #cellsToRead}).
 * The new entry (v, C_v, held) is written first; then each cell gets one write carrying, for every aggregate of the
 * batch, the difference between what it contributes now and what it held there, and the batch's offset.
 * <p>
 * A cell keeps no item per aggregate (only contributions with attributes keep one, for the answers that list them),
 * so a cell's size does not grow with the aggregates that share it.
 */
public final class ApplyPlanner {

    private ApplyPlanner() {
    }

    /**
     * Keeps, per aggregate, only the newest version of the batch: events carry full state, so the newest
     * version alone gives the same projections as all of them in order.
     */
    public static List<Change> newestPerAggregate(Collection<Change> changes) {
        Map<String, Change> newest = new LinkedHashMap<>();
        for (Change change : changes) {
            newest.merge(change.ledgerId(), change, (a, b) -> b.version() > a.version() ? b : a);
        }
        return List.copyOf(newest.values());
    }

    /** The cells whose writers' offsets {@link #plan} needs: those of the unsettled entries of changes to apply. */
    public static Set<CellRef> cellsToRead(List<Change> changes, Map<String, LedgerEntry> ledger,
            Predicate<LedgerEntry> settled) {
        Set<CellRef> cells = new TreeSet<>();
        for (Change change : changes) {
            LedgerEntry current = ledger.get(change.ledgerId());
            if (current != null && !settled.test(current) && change.version() >= current.version()) {
                cells.addAll(current.cellsMaybeHeld());
            }
        }
        return cells;
    }

    /**
     * @param changes  at most one change per aggregate (see {@link #newestPerAggregate})
     * @param ledger   the current entries of those aggregates, by ledger id; absent when never applied
     * @param settled  whether an entry's cell writes are known to have finished
     * @param position where each change was read, recorded in its new entry and in the cells it writes
     * @param writers  per cell of {@link #cellsToRead}, its highest offset per writer; a cell absent here does not
     *                 exist
     */
    public static ApplyPlan plan(List<Change> changes, Map<String, LedgerEntry> ledger, Predicate<LedgerEntry> settled,
            Function<Change, Position> position, Map<CellRef, Map<String, Long>> writers) {
        List<LedgerWrite> ledgerWrites = new ArrayList<>();
        Map<CellRef, CellWrite> writes = new TreeMap<>();
        Set<CellRef> cells = new HashSet<>();
        int skipped = 0;
        for (Change change : changes) {
            LedgerEntry current = ledger.get(change.ledgerId());
            boolean isSettled = current == null || settled.test(current);
            if (current != null && (change.version() < current.version()
                    || change.version() == current.version() && isSettled)) {
                skipped++;
                continue;
            }
            Map<CellRef, Map<String, Long>> held = current == null ? Map.of()
                    : isSettled ? current.cells() : current.heldIn(cell -> writers.getOrDefault(cell, Map.of()));
            Map<CellRef, Contribution> next = new TreeMap<>();
            change.contributions().forEach(contribution -> next.put(contribution.cell(), contribution));
            Set<CellRef> touched = new TreeSet<>(next.keySet());
            touched.addAll(held.keySet());
            Position at = position.apply(change);
            for (CellRef cell : touched) {
                Contribution contribution = next.get(cell);
                Map<String, Long> before = held.get(cell);
                Map<String, Long> difference = difference(contribution == null ? Map.of() : contribution.totals(),
                        before == null ? Map.of() : before);
                boolean unchanged = before != null && contribution != null && difference.isEmpty()
                        && contribution.attributes().isEmpty() && contribution.state().isEmpty();
                if (contribution == null && before == null || unchanged) {
                    continue; // the cell holds the same whether or not it is written
                }
                writes.computeIfAbsent(cell, CellWrite::new).add(change, contribution, difference, at);
            }
            cells.addAll(touched);
            if (current != null) {
                cells.addAll(current.cellsMaybeHeld()); // where an interrupted attempt may have written
            }
            Map<CellRef, Map<String, Long>> totals = new TreeMap<>();
            next.forEach((cell, contribution) -> totals.put(cell, contribution.totals()));
            ledgerWrites.add(new LedgerWrite(new LedgerEntry(change.ledgerId(), change.version(), totals, held,
                    at.writer(), at.offset()), current != null));
        }
        List<CellOp> ops = writes.values().stream().map(CellWrite::op).toList();
        return new ApplyPlan(ledgerWrites, ops, cells, skipped);
    }

    /** The item as stored in the cell: {@code {v, t: {totals}, ...attributes}}. */
    static Map<String, Object> item(long version, Contribution contribution) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(Items.VERSION, version);
        item.put(Items.TOTALS, new LinkedHashMap<>(contribution.totals()));
        item.putAll(contribution.attributes());
        return item;
    }

    static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((name, value) -> difference.merge(name, value, Long::sum));
        before.forEach((name, value) -> difference.merge(name, -value, Long::sum));
        difference.values().removeIf(value -> value == 0);
        return difference;
    }

    /** The write to one cell, gathered over the batch's aggregates. */
    private static final class CellWrite {

        private final CellRef cell;
        private final Map<String, Long> increments = new TreeMap<>();
        private final Map<String, Map<String, Object>> items = new TreeMap<>();
        private final Set<String> removed = new TreeSet<>();
        private final Map<String, Long> writers = new TreeMap<>();
        private Map<String, Object> dimensions;
        private Map<String, Object> state = Map.of();

        CellWrite(CellRef cell) {
            this.cell = cell;
        }

        void add(Change change, Contribution contribution, Map<String, Long> difference, Position at) {
            difference.forEach((name, value) -> increments.merge(name, value, Long::sum));
            if (contribution == null) {
                removed.add(change.itemKey());
            } else {
                if (!contribution.attributes().isEmpty()) {
                    items.put(change.itemKey(), item(change.version(), contribution));
                }
                if (dimensions == null) {
                    dimensions = contribution.dimensions();
                }
                if (!contribution.state().isEmpty()) {
                    state = contribution.state();
                }
            }
            writers.merge(at.writer(), at.offset(), Math::max);
        }

        CellOp op() {
            increments.values().removeIf(value -> value == 0);
            return new CellOp(cell, dimensions != null, increments, items, removed, dimensions, state, writers);
        }
    }
}
