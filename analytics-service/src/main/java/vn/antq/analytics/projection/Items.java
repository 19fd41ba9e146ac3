package vn.antq.analytics.projection;

/**
 * Field names of the cell documents and the item and writer keys within them. An item key is the aggregate's ledger
 * id ({@code activity:7f3c...}) made safe as a MongoDB field name: ids are free text, and a field name must not
 * contain a dot nor start with a dollar sign; a writer's key is its id ({@code antq.activity.v1:2}) made safe the
 * same way.
 */
public final class Items {

    /** The totals of a cell (the sum of its items' totals), and of an item (what it adds to the cell). */
    public static final String TOTALS = "t";
    /** The items of a cell's contributions that have attributes (see {@link Contribution#attributes()}), by item key. */
    public static final String ITEMS = "items";
    /** Per writer of a cell (its key made safe as a field name), the highest offset of the batches that wrote it. */
    public static final String WRITERS = "w";
    /** The version of the aggregate whose contribution an item holds. */
    public static final String VERSION = "v";
    /** The owner's state on a cell that one aggregate owns (see {@link Contribution#state()}). */
    public static final String STATE = "state";

    private Items() {
    }

    /** Percent-escapes '%', '.' and '$', so that the key is one plain field name and the mapping is reversible. */
    public static String key(String ledgerId) {
        StringBuilder escaped = new StringBuilder(ledgerId.length() + 8);
        for (char c : ledgerId.toCharArray()) {
            switch (c) {
                case '%' -> escaped.append("%25");
                case '.' -> escaped.append("%2E");
                case '$' -> escaped.append("%24");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The ledger id or writer of a key made by {@link #key}. */
    public static String unkey(String key) {
        return key.replace("%2E", ".").replace("%24", "$").replace("%25", "%");
    }

    public static String itemPath(String itemKey) {
        return ITEMS + "." + itemKey;
    }

    public static String writerPath(String writerKey) {
        return WRITERS + "." + writerKey;
    }

    public static String totalPath(String name) {
        return TOTALS + "." + name;
    }
}
