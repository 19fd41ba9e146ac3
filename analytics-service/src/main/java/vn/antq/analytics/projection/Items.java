package vn.antq.analytics.projection;

/**
 * Field names of the cell documents and the item keys within them. An item key is the aggregate's ledger id
 * ({@code activity:7f3c...}) made safe as a MongoDB field name: ids are free text, and a field name must not
 * contain a dot nor start with a dollar sign.
 */
public final class Items {

    /** The totals of a cell (the sum of its items' totals), and of an item (what it adds to the cell). */
    public static final String TOTALS = "t";
    /** Who contributed what to a cell, by item key. */
    public static final String ITEMS = "items";
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

    public static String itemPath(String itemKey) {
        return ITEMS + "." + itemKey;
    }

    public static String totalPath(String name) {
        return TOTALS + "." + name;
    }
}
