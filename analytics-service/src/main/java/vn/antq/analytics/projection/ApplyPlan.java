package vn.antq.analytics.projection;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to apply a batch of changes to one generation: the ledger entries to write first (write-ahead), and what
 * every touched cell must hold afterwards.
 *
 * @param skipped changes not applied because their version was already passed (duplicates, stale redeliveries)
 */
public record ApplyPlan(List<LedgerWrite> ledgerWrites, List<CellTarget> targets, int skipped) {

    public ApplyPlan {
        ledgerWrites = List.copyOf(ledgerWrites);
        targets = List.copyOf(targets);
    }

    /** The entry to store: a new one, or one replacing the entry read. */
    public record LedgerWrite(LedgerEntry entry, boolean replaces) {
    }

    public int applied() {
        return ledgerWrites.size();
    }

    /** The cells to read before deciding the writes: those of aggregates whose last apply may be unfinished. */
    public Set<CellRef> cellsToRead() {
        Set<CellRef> cells = new TreeSet<>();
        targets.stream().filter(target -> !target.known()).forEach(target -> cells.add(target.cell()));
        return cells;
    }
}
