package vn.antq.infra;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's memory backend, answering queries with copies of the documents as they are at the query.
 * <p>
 * The memory backend keeps one object per document and an update rewrites that object in place, key by key, under
 * the collection's lock; a query, though, hands out the stored objects themselves, and the server writes them to
 * the wire after the lock is released (and a cursor's later batches even later). A write meanwhile could then be
 * read half done: one field of a document at its new value beside another at its old one. Real MongoDB never
 * answers that (a single document is read and written atomically), and code relying on that, such as a
 * compare-and-set on a version field, would be wronged by the stand-in. The copies are taken under the lock.
 */
final class SnapshotMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new SnapshotDatabase(databaseName, this);
    }

    private static final class SnapshotDatabase extends MemoryDatabase {

        SnapshotDatabase(String databaseName, SnapshotMemoryBackend backend) {
            super(databaseName, backend.getCursorRegistry());
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new SnapshotCollection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class SnapshotCollection extends MemoryCollection {

        SnapshotCollection(SnapshotDatabase database, String collectionName, CollectionOptions options,
                           CursorRegistry cursors) {
            super(database, collectionName, options, cursors);
        }

        /** Set while a client's query runs: the collection's own reads, before it updates or deletes, keep the originals. */
        private static final ThreadLocal<Boolean> ANSWERING = ThreadLocal.withInitial(() -> false);

        /** Set while a findAndModify runs: it finds the document to change by a query, which must give the original. */
        private static final ThreadLocal<Boolean> MODIFYING = ThreadLocal.withInitial(() -> false);

        /** A client's query: under the collection's lock, as the memory backend's own. */
        @Override
        public synchronized QueryResult handleQuery(QueryParameters query) {
            ANSWERING.set(!MODIFYING.get());
            try {
                return super.handleQuery(query);
            } finally {
                ANSWERING.remove();
            }
        }

        /**
         * findAndModify (the driver's findOneAndUpdate/Replace/Delete): the memory backend finds its document with
         * {@link #handleQuery}, so with copies it changed a copy and the stored document stayed as it was. It changes
         * the original, and answers with a copy taken under the lock, like any query.
         */
        @Override
        public synchronized Document findAndModify(Document query) {
            MODIFYING.set(true);
            try {
                Document answer = super.findAndModify(query);
                return answer == null ? null : answer.cloneDeeply();
            } finally {
                MODIFYING.remove();
            }
        }

        /** Every matching document, the first batch's and the cursor's; copies only for a client's query. */
        @Override
        protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
            if (!ANSWERING.get()) {
                return super.createQueryResult(matchedDocuments, batchSize);
            }
            List<Document> copies = new ArrayList<>(matchedDocuments.size());
            matchedDocuments.forEach(document -> copies.add(document.cloneDeeply()));
            return super.createQueryResult(copies, batchSize);
        }
    }
}
