package vn.antq.analytics.projection;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to apply a batch of changes to one generation: the ledger entries to write first (write-ahead), then one write
 * per cell that changes.
 *
 * @param cells   every cell the applied aggregates may be in, written or not (their rollups are brought up to them:
 *                an earlier attempt may have written them and stopped before the rollups)
 * @param skipped changes not applied because their version was already passed (duplicates, stale redeliveries)
 */
public record ApplyPlan(List<LedgerWrite> ledgerWrites, List<CellOp> ops, Set<CellRef> cells, int skipped) {

    public ApplyPlan {
        ledgerWrites = List.copyOf(ledgerWrites);
        ops = List.copyOf(ops);
        cells = new TreeSet<>(cells);
    }

    /** The entry to store: a new one, or one replacing the entry read. */
    public record LedgerWrite(LedgerEntry entry, boolean replaces) {
    }

    public int applied() {
        return ledgerWrites.size();
    }
}
