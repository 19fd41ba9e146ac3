package vn.antq.analytics.projection;

import java.util.Objects;

/**
 * One cell of one projection: the MongoDB document {@code key} in the logical collection {@code collection}
 * (e.g. {@code participation}), before it is prefixed with a generation.
 */
public record CellRef(String collection, String key) implements Comparable<CellRef> {

    public CellRef {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public int compareTo(CellRef other) {
        int byCollection = collection.compareTo(other.collection);
        return byCollection != 0 ? byCollection : key.compareTo(other.key);
    }
}
