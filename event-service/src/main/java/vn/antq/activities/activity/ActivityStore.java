package vn.antq.activities.activity;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Activities in MongoDB, one document each, holding the activity, its idempotency fingerprint and
 * its events (the outbox, read by the relay, and the audit trail). Every change is one
 * single-document write: the new state and its event are stored together or not at all.
 */
@Component
public class ActivityStore {

    public static final String COLLECTION = "activities";

    private final MongoTemplate mongo;
    private final AggregateCollection activities;

    public ActivityStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.activities = new AggregateCollection(mongo, COLLECTION, List.of("recordedBy", "recordedAt", IdempotentRequest.CREATION));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agency", Sort.Direction.ASC).on("startDate", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.district", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.commune", Sort.Direction.ASC));
    }

    static final Recorder.Mapping<Activity> MAPPING = new Recorder.Mapping<>(Activity::id, Activity::version,
            ActivityStore::toDocument, ActivityStore::fromDocument);

    /** The kit's recording workflow over this collection: create with replay, If-Match, versioned replace. */
    public Recorder<Activity> recorder(OutboxRelay relay) {
        return new Recorder<>(activities, MAPPING, relay, "activity");
    }

    /** Inserts many new activities at once; returns the ids that existed already. */
    public List<String> insertAll(List<Document> documents) {
        List<String> existing = new ArrayList<>();
        if (documents.isEmpty()) {
            return existing;
        }
        try {
            mongo.getCollection(COLLECTION).insertMany(documents,
                    new com.mongodb.client.model.InsertManyOptions().ordered(false));
        } catch (com.mongodb.MongoBulkWriteException e) {
            for (var error : e.getWriteErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
                existing.add(documents.get(error.getIndex()).getString("_id"));
            }
        }
        return existing;
    }

    /** Which of {@code ids} are recorded. */
    public Set<String> existingIds(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in", List.copyOf(ids))))
                    .projection(new Document("_id", 1)).forEach(document -> found.add(document.getString("_id")));
        }
        return found;
    }

    /** The document {@link #insertAll} stores for a new activity. */
    public Document newDocument(Activity activity, PendingEvent event, IdempotentRequest creation) {
        return OutboxDocuments.newAggregate(
                IdempotentRequest.append(toDocument(activity), IdempotentRequest.CREATION, creation), event);
    }

    /** One page of activities matching the filter, newest first. */
    public List<Activity> list(ActivityFilter filter, int page, int size) {
        return activities.page(criteria(filter), Sort.Order.desc("startDate"), page, size).stream()
                .map(ActivityStore::fromDocument).toList();
    }

    public long count(ActivityFilter filter) {
        return activities.count(criteria(filter));
    }

    private static Criteria criteria(ActivityFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.agency() != null) {
            parts.add(where("agency").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(StoreDocuments.localityField(filter.localityCode())).is(filter.localityCode()));
        }
        if (filter.from() != null) {
            parts.add(where("startDate").gte(filter.from().toString()));
        }
        if (filter.to() != null) {
            parts.add(where("startDate").lte(filter.to().toString()));
        }
        if (filter.kind() != null) {
            parts.add(where("kind").is(filter.kind().name()));
        }
        if (filter.status() != null) {
            parts.add(where("status").is(filter.status().name()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Activity activity) {
        ActivityDetails d = activity.details();
        return new Document("_id", activity.id())
                .append("version", activity.version())
                .append("agency", d.agency())
                .append("partnerAgencies", d.partnerAgencies())
                .append("level", d.level().name())
                .append("locality", StoreDocuments.toDocument(d.locality()))
                .append("kind", d.kind().name())
                .append("channel", d.channel().name())
                .append("topics", d.topics())
                .append("title", d.title())
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("startDate", d.startDate().toString())
                .append("endDate", d.endDate().toString())
                .append("participants", d.participants())
                .append("women", d.women())
                .append("ethnicMinority", d.ethnicMinority())
                .append("reach", d.reach())
                .append("copies", d.copies())
                .append("status", activity.status().name())
                .append("materials", d.materials())
                .append("recordedBy", activity.recordedBy())
                .append("recordedAt", Date.from(activity.recordedAt()))
                .append("updatedAt", Date.from(activity.updatedAt()));
    }

    static Activity fromDocument(Document doc) {
        ActivityDetails details = new ActivityDetails(
                doc.getString("agency"),
                doc.getList("partnerAgencies", String.class),
                Level.valueOf(doc.getString("level")),
                StoreDocuments.locality(doc.get("locality", Document.class)),
                ActivityKind.valueOf(doc.getString("kind")),
                Channel.valueOf(doc.getString("channel")),
                doc.getList("topics", String.class),
                doc.getString("title"),
                LocalDate.parse(doc.getString("startDate")),
                LocalDate.parse(doc.getString("endDate")),
                number(doc, "participants"),
                number(doc, "women"),
                number(doc, "ethnicMinority"),
                number(doc, "reach"),
                number(doc, "copies"),
                // Activities recorded before they could name materials have none.
                doc.getList("materials", String.class));
        return new Activity(doc.getString("_id"), number(doc, "version"), details,
                ActivityStatus.valueOf(doc.getString("status")), doc.getString("recordedBy"),
                StoreDocuments.instant(doc, "recordedAt"), StoreDocuments.instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
