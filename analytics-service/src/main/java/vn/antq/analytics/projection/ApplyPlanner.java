package vn.antq.analytics.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.antq.analytics.projection.ApplyPlan.LedgerWrite;

/**
 * The projection protocol (DESIGN §2) as pure functions, so that its rules are tested without MongoDB. See the
 * README's "Projection protocol" for why the result is exact.
 * <ol>
 * <li>{@link #plan}: per aggregate, with ledger entry (w, C_w) and incoming (v, C_v): v &lt; w, or v = w with the
 * entry settled, is a duplicate or stale: skipped. Otherwise the new entry (v, C_v) is written first, naming the
 * other cells where the aggregate's items may remain should this apply be interrupted; and every cell that may
 * hold the aggregate (those of C_v, of C_w, and, while the entry is not settled, its former cells) gets a target:
 * C_v's contribution there, or nothing. A settled entry says exactly what each cell holds (C_w's contribution at
 * w, nothing elsewhere); an unsettled one does not, and those cells are read.</li>
 * <li>{@link #resolve}: one write per cell and aggregate that does not already hold its target: set the item and
 * add (target - held) to the totals, or remove it and subtract what it held.</li>
 * </ol>
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

    /**
     * @param changes  at most one change per aggregate (see {@link #newestPerAggregate})
     * @param ledger   the current entries of those aggregates, by ledger id; absent when never applied
     * @param settled  whether an entry's cell writes are known to have finished
     * @param position where each change was read, recorded in its new entry
     */
    public static ApplyPlan plan(List<Change> changes, Map<String, LedgerEntry> ledger, Predicate<LedgerEntry> settled,
            Function<Change, Position> position) {
        List<LedgerWrite> ledgerWrites = new ArrayList<>();
        List<CellTarget> targets = new ArrayList<>();
        int skipped = 0;
        for (Change change : changes) {
            LedgerEntry current = ledger.get(change.ledgerId());
            boolean isSettled = current == null || settled.test(current);
            if (current != null && (change.version() < current.version()
                    || change.version() == current.version() && isSettled)) {
                skipped++;
                continue;
            }
            Map<CellRef, Contribution> next = new TreeMap<>();
            change.contributions().forEach(contribution -> next.put(contribution.cell(), contribution));
            // Where the aggregate's items may be now, besides the cells of the new version.
            TreeSet<CellRef> former = new TreeSet<>();
            if (current != null) {
                former.addAll(current.cells().keySet());
                if (!isSettled) {
                    former.addAll(current.formerCells());
                }
            }
            TreeSet<CellRef> touched = new TreeSet<>(next.keySet());
            touched.addAll(former);
            for (CellRef cell : touched) {
                Map<String, Long> heldTotals = current == null ? null : current.cells().get(cell);
                ObservedItem held = heldTotals == null ? null : new ObservedItem(current.version(), heldTotals);
                targets.add(new CellTarget(cell, change.itemKey(), change.version(), next.get(cell), isSettled, held));
            }
            former.removeAll(next.keySet());
            Map<CellRef, Map<String, Long>> cells = new TreeMap<>();
            next.forEach((cell, contribution) -> cells.put(cell, contribution.totals()));
            Position at = position.apply(change);
            ledgerWrites.add(new LedgerWrite(new LedgerEntry(change.ledgerId(), change.version(), cells, former,
                    at.writer(), at.offset()), current != null));
        }
        return new ApplyPlan(ledgerWrites, targets, skipped);
    }

    /**
     * The writes that bring each cell to its target, given what the cells hold: as the ledger tells, or, where it
     * cannot, as read ({@code observed}: per cell read, the items by key; a cell not in the map does not exist).
     */
    public static List<CellOp> resolve(List<CellTarget> targets, Map<CellRef, Map<String, ObservedItem>> observed) {
        List<CellOp> ops = new ArrayList<>();
        for (CellTarget target : targets) {
            ObservedItem held = target.known() ? target.held()
                    : observed.getOrDefault(target.cell(), Map.of()).get(target.itemKey());
            Contribution contribution = target.contribution();
            if (contribution == null) {
                if (held != null) {
                    ops.add(new CellOp(target.cell(), target.itemKey(), null, difference(Map.of(), held.totals()),
                            Map.of(), Map.of()));
                }
            } else if (held == null || held.version() != target.version()) {
                ops.add(new CellOp(target.cell(), target.itemKey(), item(target.version(), contribution),
                        difference(contribution.totals(), held == null ? Map.of() : held.totals()),
                        contribution.dimensions(), contribution.state()));
            }
        }
        return ops;
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

}
