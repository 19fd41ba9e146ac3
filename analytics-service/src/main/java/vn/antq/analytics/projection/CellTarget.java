package vn.antq.analytics.projection;

import java.util.Objects;

/**
 * What one cell must hold of one aggregate once a change is applied: its contribution at {@code version}, or
 * nothing ({@code contribution == null}: any item of the aggregate there is removed). Which write gets it there
 * depends on what the cell holds now (see {@link ApplyPlanner#resolve}).
 *
 * @param known whether the ledger tells what the cell holds: it does when its entry is settled (or absent); only
 *              after an interrupted apply must the cell be read
 * @param held  when known, the aggregate's item in the cell now; null if there is none
 */
public record CellTarget(CellRef cell, String itemKey, long version, Contribution contribution, boolean known,
                         ObservedItem held) {

    public CellTarget {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(itemKey, "itemKey");
    }
}
