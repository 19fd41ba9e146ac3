package vn.antq.events.activity;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.PendingEvent;

/**
 * Activities in MongoDB, one document each, holding the activity, its idempotency fingerprint and
 * its events (the outbox, read by the relay, and the audit trail). Every change is one
 * single-document write: the new state and its event are stored together or not at all.
 */
@Component
public class ActivityStore {

    public static final String COLLECTION = "activities";

    private final MongoTemplate mongo;

    public ActivityStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agency", Sort.Direction.ASC).on("startDate", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.district", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.commune", Sort.Direction.ASC));
    }

    /** A stored activity with the fingerprint of the request that created it. */
    public record Stored(Activity activity, String fingerprint) {
    }

    /**
     * Inserts a new activity with its first event.
     *
     * @return empty if an activity with this id exists already (a retried request)
     */
    public boolean insert(Activity activity, PendingEvent event, String fingerprint) {
        Document state = toDocument(activity).append("fingerprint", fingerprint);
        try {
            mongo.getCollection(COLLECTION).insertOne(OutboxDocuments.newAggregate(state, event));
            return true;
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return false;
        }
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

    /** The document {@link #insertAll} stores for a new activity. */
    public Document newDocument(Activity activity, PendingEvent event, String fingerprint) {
        return OutboxDocuments.newAggregate(toDocument(activity).append("fingerprint", fingerprint), event);
    }

    /**
     * Replaces the activity's state if it is still at {@code expectedVersion}.
     *
     * @return false if someone changed it in the meantime
     */
    public boolean update(Activity activity, long expectedVersion, PendingEvent event) {
        Update update = new Update();
        toDocument(activity).forEach((field, value) -> {
            if (!"_id".equals(field) && !"recordedBy".equals(field) && !"recordedAt".equals(field)) {
                update.set(field, value);
            }
        });
        OutboxDocuments.append(update, event);
        Query query = Query.query(where("_id").is(activity.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(query, update, COLLECTION).getMatchedCount() == 1;
    }

    public Optional<Stored> find(String id) {
        Query query = Query.query(where("_id").is(id));
        query.fields().exclude("events");
        Document document = mongo.findOne(query, Document.class, COLLECTION);
        return Optional.ofNullable(document).map(d -> new Stored(fromDocument(d), d.getString("fingerprint")));
    }

    /** One page of activities matching the filter, newest first. */
    public List<Activity> list(ActivityFilter filter, int page, int size) {
        Query query = Query.query(criteria(filter))
                .with(Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        query.fields().exclude("events");
        return mongo.find(query, Document.class, COLLECTION).stream().map(ActivityStore::fromDocument).toList();
    }

    public long count(ActivityFilter filter) {
        return mongo.count(Query.query(criteria(filter)), COLLECTION);
    }

    private static Criteria criteria(ActivityFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.agency() != null) {
            parts.add(where("agency").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(localityField(filter.localityCode())).is(filter.localityCode()));
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
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    private static String localityField(String code) {
        return switch (code.length()) {
            case 2 -> "locality.province";
            case 3 -> "locality.district";
            default -> "locality.commune";
        };
    }

    static Document toDocument(Activity activity) {
        ActivityDetails d = activity.details();
        Document locality = new Document("province", d.locality().province())
                .append("district", d.locality().district())
                .append("commune", d.locality().commune());
        return new Document("_id", activity.id())
                .append("version", activity.version())
                .append("agency", d.agency())
                .append("partnerAgencies", d.partnerAgencies())
                .append("level", d.level().name())
                .append("locality", locality)
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
                .append("recordedBy", activity.recordedBy())
                .append("recordedAt", Date.from(activity.recordedAt()))
                .append("updatedAt", Date.from(activity.updatedAt()));
    }

    static Activity fromDocument(Document doc) {
        Document locality = doc.get("locality", Document.class);
        ActivityDetails details = new ActivityDetails(
                doc.getString("agency"),
                doc.getList("partnerAgencies", String.class),
                Level.valueOf(doc.getString("level")),
                new Locality(locality.getString("province"), locality.getString("district"), locality.getString("commune")),
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
                number(doc, "copies"));
        return new Activity(doc.getString("_id"), number(doc, "version"), details,
                ActivityStatus.valueOf(doc.getString("status")), doc.getString("recordedBy"),
                instant(doc, "recordedAt"), instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
