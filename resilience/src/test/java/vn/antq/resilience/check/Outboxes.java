package vn.antq.resilience.check;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * What a recording service holds, read straight from its database: documents, the events they carry (the outbox
 * and audit trail), and how many of those Kafka has not acknowledged yet. Any write, even a half-done one, shows
 * here, which is what "nothing changed" and "nothing half-written" are checked against.
 */
public final class Outboxes {

    private final Platform platform;

    public Outboxes(Platform platform) {
        this.platform = platform;
    }

    /** Documents and events of one service, over all its outbox collections. */
    public record Holdings(long documents, long events, long pending) {
    }

    public Holdings holdings(Kind kind) {
        return holdings(kind, kind.outboxCollections());
    }

    /** Documents and events of some of a service's collections. */
    public Holdings holdings(Kind kind, String... collections) {
        long documents = 0;
        long events = 0;
        long pending = 0;
        for (String name : collections) {
            MongoCollection<Document> collection = platform.database(kind).getCollection(name);
            Document sums = collection.aggregate(List.of(Aggregates.group(null,
                    Accumulators.sum("documents", 1),
                    Accumulators.sum("events", "$eventCount"),
                    Accumulators.sum("published", "$publishedCount")))).first();
            if (sums != null) {
                documents += ((Number) sums.get("documents")).longValue();
                events += ((Number) sums.get("events")).longValue();
                pending += ((Number) sums.get("events")).longValue() - ((Number) sums.get("published")).longValue();
            }
        }
        return new Holdings(documents, events, pending);
    }

    /** Every document of every collection of one service: reference data and reservations included. */
    public long allDocuments(Kind kind) {
        long documents = 0;
        for (String name : platform.database(kind).listCollectionNames()) {
            documents += platform.database(kind).getCollection(name).countDocuments();
        }
        return documents;
    }

    /** Documents per collection, from each collection's count (no scan): cheap enough to take around every request. */
    public Map<String, Long> counts(Kind kind) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : platform.database(kind).listCollectionNames()) {
            counts.put(name, platform.database(kind).getCollection(name).estimatedDocumentCount());
        }
        return counts;
    }

    /** An aggregate's version and the number of events its document holds; null if there is no such document. */
    public List<Long> versionAndEvents(Kind kind, String collection, String id) {
        Document document = platform.database(kind).getCollection(collection)
                .find(eq("_id", id))
                .projection(Projections.include("version", "eventCount")).first();
        return document == null ? null : List.of(((Number) document.get("version")).longValue(),
                ((Number) document.get("eventCount")).longValue());
    }

    /** Documents still waiting for Kafka in one service. */
    public long pendingDocuments(Kind kind) {
        long pending = 0;
        for (String name : kind.outboxCollections()) {
            pending += platform.database(kind).getCollection(name).countDocuments(exists("pendingSince"));
        }
        return pending;
    }

    /** Until every service's relay has had every event acknowledged by Kafka. */
    public void awaitAllPublished(Duration timeout) {
        await("every outbox published").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> pendingDocuments(Kind.EVENTS) + pendingDocuments(Kind.MODELS) + pendingDocuments(Kind.AWARDS) == 0);
    }
}
