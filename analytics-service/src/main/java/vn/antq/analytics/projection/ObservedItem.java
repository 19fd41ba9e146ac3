package vn.antq.analytics.projection;

import java.util.Map;

/** An aggregate's item as read from a cell: the version it holds and the totals it added to the cell. */
public record ObservedItem(long version, Map<String, Long> totals) {

    public ObservedItem {
        totals = Map.copyOf(totals);
    }
}
