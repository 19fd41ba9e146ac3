package vn.antq.infra;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 database with unique indexes whose keys H2 compares by their values.
 * <p>
 * The H2 backend keeps each unique index in an MVStore map keyed by the index's {@link KeyValue}s. H2 compares keys
 * of a type it does not know by serializing both with Java serialization at every step of every search: each insert,
 * update and indexed query paid for a few dozen serializations per index, and with tens of thousands of documents
 * the server spent most of its time there. Here the keys are compared as MongoDB orders index keys (the server's
 * own {@link ValueComparator}), and stored as before. An index map written the old way, in an order this comparison
 * does not search, is copied into a new map once, when the database is opened.
 */
final class KeyOrderedH2Database extends H2Database {

    private static final String ORDERED = ".byValue";

    /** The store of the database being constructed: H2Database opens its indexes before this class's fields are set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private KeyOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
    }

    static KeyOrderedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new KeyOrderedH2Database(databaseName, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore mvStore = store != null ? store : OPENING.get();
        String unordered = mapName(collectionName, indexName);
        MVMap<KeyValue, Object> map = mvStore.openMap(unordered + ORDERED,
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        if (mvStore.hasMap(unordered)) {
            MVMap<KeyValue, Object> old = mvStore.openMap(unordered);
            map.putAll(old);
            mvStore.removeMap(old);
        }
        return new ByValueUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(mapName(collection.getCollectionName(), indexName) + ORDERED);
    }

    /** As H2Database names an index's map. */
    private String mapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    /** Index keys compared value by value, as MongoDB orders them; stored as H2 stores any object. */
    static final class KeyValueType extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                return compareKeys(left, right);
            }
            return super.compare(a, b);
        }

        static int compareKeys(KeyValue left, KeyValue right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int order = VALUES.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
    }

    /** H2's unique index on a map of this class's key order (its own constructor is not public). */
    private static final class ByValueUniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        ByValueUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
