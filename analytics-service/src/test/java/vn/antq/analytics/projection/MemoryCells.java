package vn.antq.analytics.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.antq.analytics.projection.ApplyPlan.LedgerWrite;

/**
 * The cells, the ledger and the writers' progress in memory, with the semantics of {@link ProjectionStore}'s
 * writes: one whole write per cell, a ledger insert that fails if the entry exists, the cells' writers' offsets
 * read before planning. Lets the protocol be run through crashes at every point without MongoDB.
 */
final class MemoryCells {

    final Map<CellRef, Cell> cells = new TreeMap<>();
    final Map<String, LedgerEntry> ledger = new HashMap<>();
    final Map<String, Long> progress = new HashMap<>();

    static final class Cell {
        final Map<String, Object> dimensions = new LinkedHashMap<>();
        final Map<String, Long> totals = new TreeMap<>();
        final Map<String, Map<String, Object>> items = new TreeMap<>();
        final Map<String, Long> writers = new TreeMap<>();
        Map<String, Object> state = Map.of();
    }

    ApplyPlan plan(List<Change> changes, String writer, long offset) {
        List<Change> newest = ApplyPlanner.newestPerAggregate(changes);
        java.util.function.Predicate<LedgerEntry> settled =
                entry -> progress.getOrDefault(entry.writer(), -1L) >= entry.offset();
        Map<CellRef, Map<String, Long>> writers = new HashMap<>();
        ApplyPlanner.cellsToRead(newest, ledger, settled).forEach(ref -> {
            Cell cell = cells.get(ref);
            if (cell != null) {
                writers.put(ref, new HashMap<>(cell.writers));
            }
        });
        return ApplyPlanner.plan(newest, ledger, settled, change -> new Position(writer, offset), writers);
    }

    /** The steps of applying a plan, in order: each ledger write, then each cell write. */
    List<Runnable> steps(ApplyPlan plan) {
        List<Runnable> steps = new ArrayList<>();
        plan.ledgerWrites().forEach(write -> steps.add(() -> writeLedger(write)));
        plan.ops().forEach(op -> steps.add(() -> apply(op)));
        return steps;
    }

    void writeLedger(LedgerWrite write) {
        if (write.replaces() != ledger.containsKey(write.entry().id())) {
            throw new ProjectionConflictException("the ledger is not as read: " + write.entry().id());
        }
        ledger.put(write.entry().id(), write.entry());
    }

    /** Like one update of {@code {_id: cell}}, an upsert when it creates. */
    void apply(CellOp op) {
        Cell cell = cells.get(op.cell());
        if (cell == null) {
            if (!op.creates()) {
                return;
            }
            cell = new Cell();
            cell.dimensions.putAll(op.dimensions());
            cells.put(op.cell(), cell);
        }
        op.removed().forEach(cell.items::remove);
        cell.items.putAll(op.items());
        if (!op.state().isEmpty()) {
            cell.state = op.state();
        }
        Cell target = cell;
        op.increments().forEach((name, value) -> target.totals.merge(name, value, Long::sum));
        op.writers().forEach((writer, offset) -> target.writers.merge(writer, offset, Math::max));
    }

    void complete(String writer, long offset) {
        progress.merge(writer, offset, Math::max);
    }

    /** Non-zero totals per cell. */
    Map<CellRef, Map<String, Long>> totals() {
        Map<CellRef, Map<String, Long>> totals = new TreeMap<>();
        cells.forEach((ref, cell) -> {
            Map<String, Long> nonZero = new TreeMap<>();
            cell.totals.forEach((name, value) -> {
                if (value != 0) {
                    nonZero.put(name, value);
                }
            });
            if (!nonZero.isEmpty()) {
                totals.put(ref, nonZero);
            }
        });
        return totals;
    }

    /** Items per cell as (item key -> version). */
    Map<CellRef, Map<String, Long>> itemVersions() {
        Map<CellRef, Map<String, Long>> versions = new TreeMap<>();
        cells.forEach((ref, cell) -> {
            if (!cell.items.isEmpty()) {
                Map<String, Long> items = new TreeMap<>();
                cell.items.forEach((key, item) -> items.put(key, (Long) item.get(Items.VERSION)));
                versions.put(ref, items);
            }
        });
        return versions;
    }
}
