package vn.antq.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;

/** A query's answer is the documents as they were when it ran, whatever is written before it is sent. */
class SnapshotMemoryBackendTest {

    @Test
    void aWriteAfterTheQueryDoesNotReachItsAnswer() {
        MongoCollection<?> cells = new SnapshotMemoryBackend().openOrCreateDatabase("antq")
                .createCollectionOrThrowIfExists("cells", CollectionOptions.withDefaults());
        for (int i = 0; i < 20; i++) {
            cells.addDocument(new Document("_id", "cell-" + i).append("n", 1L).append("total", 10L));
        }
        // Answered, not yet sent: the server writes it to the wire after the collection's lock is released.
        QueryResult answer = cells.handleQuery(new QueryParameters(new Document(), 0, 0));

        cells.updateDocuments(new Document(), new Document("$inc", new Document("n", 1L).append("total", 5L)),
                ArrayFilters.empty(), true, false, NoopOplog.get());
        // (multi, not upsert)

        assertThat(answer.collectDocuments()).allSatisfy(document -> {
            assertThat(document.get("n")).isEqualTo(1L);
            assertThat(document.get("total")).isEqualTo(10L);
        });
        assertThat(cells.handleQuery(new QueryParameters(new Document("_id", "cell-0"), 0, 0)).collectDocuments())
                .singleElement().satisfies(document -> assertThat(document.get("total")).isEqualTo(15L));
    }

    @Test
    void findAndModifyChangesTheStoredDocumentAndAnswersWithACopy() {
        MongoCollection<?> deliveries = new SnapshotMemoryBackend().openOrCreateDatabase("antq")
                .createCollectionOrThrowIfExists("deliveries", CollectionOptions.withDefaults());
        deliveries.addDocument(new Document("_id", "d-1").append("state", "PLANNED").append("attempts", 0));
        Document claim = new Document("findAndModify", "deliveries")
                .append("query", new Document("state", "PLANNED"))
                .append("update", new Document("$set", new Document("state", "SENDING")).append("$inc",
                        new Document("attempts", 1)))
                .append("new", true);

        Document first = deliveries.findAndModify(claim);
        Document second = deliveries.findAndModify(claim);

        assertThat((Document) first.get("value")).satisfies(document -> {
            assertThat(document.get("state")).isEqualTo("SENDING");
            assertThat(document.get("attempts")).isEqualTo(1);
        });
        // The first one took it: the same conditional change finds nothing any more.
        assertThat(second.get("value")).isNull();
        assertThat(deliveries.handleQuery(new QueryParameters(new Document("_id", "d-1"), 0, 0)).collectDocuments())
                .singleElement().satisfies(document -> {
                    assertThat(document.get("state")).isEqualTo("SENDING");
                    assertThat(document.get("attempts")).isEqualTo(1);
                });
    }
}
