package vn.antq.analytics.projection;

import java.util.Map;
import java.util.Objects;

/**
 * One write to one cell for one aggregate, decided from what the cell held when it was read: set the aggregate's
 * item (creating the cell with its {@code dimensions} if needed) or remove it, and add the difference to the
 * cell's totals. Only that aggregate's writer ever writes its item, so what was read stays true until this write;
 * other aggregates' writes to the same cell touch other items and add to the totals, which commutes.
 *
 * @param item       the item to store; null to remove the aggregate's item
 * @param increments added to the cell's totals; may be empty
 * @param state      set on the cell (see {@link Contribution#state()}); may be empty
 */
public record CellOp(CellRef cell, String itemKey, Map<String, Object> item, Map<String, Long> increments,
                     Map<String, Object> dimensions, Map<String, Object> state) {

    public CellOp {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(itemKey, "itemKey");
        increments = Map.copyOf(increments);
        dimensions = dimensions == null ? Map.of() : dimensions;
        state = state == null ? Map.of() : state;
    }

    public boolean isRemoval() {
        return item == null;
    }
}
