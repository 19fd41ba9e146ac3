package vn.antq.analytics.projection;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one aggregate, ready to be applied: its ledger id ({@code <kind>:<aggregate id>}), its version
 * and everything it contributes. Contributions are the aggregate's whole share of the projections at that
 * version; empty when it no longer counts (a cancelled activity).
 *
 * @param occurredAt when the change happened (the body's {@code occurredAt}), for freshness
 */
public record Change(String ledgerId, long version, List<Contribution> contributions, Instant occurredAt) {

    public Change {
        Objects.requireNonNull(ledgerId, "ledgerId");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1 but was " + version);
        }
        contributions = List.copyOf(contributions);
        Set<CellRef> cells = new HashSet<>();
        for (Contribution contribution : contributions) {
            if (!cells.add(contribution.cell())) {
                throw new IllegalArgumentException(ledgerId + " contributes twice to " + contribution.cell());
            }
        }
    }

    public static String ledgerId(String kind, String aggregateId) {
        return kind + ":" + aggregateId;
    }

    public String itemKey() {
        return Items.key(ledgerId);
    }
}
