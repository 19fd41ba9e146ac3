package vn.antq.activities.training;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.training.TrainingEvent;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Trainings in MongoDB, one document each, holding the session, the request that created it and its events (the
 * outbox, read by the relay, and the audit trail). Every change is one single-document write.
 */
@Component
public class TrainingStore {

    public static final String COLLECTION = "trainings";

    static final Recorder.Mapping<Training> MAPPING = new Recorder.Mapping<>(Training::id, Training::version,
            TrainingStore::toDocument, TrainingStore::fromDocument);

    private final AggregateCollection trainings;

    public TrainingStore(MongoTemplate mongo) {
        this.trainings = new AggregateCollection(mongo, COLLECTION,
                List.of("recordedBy", "recordedAt", IdempotentRequest.CREATION));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agency", Sort.Direction.ASC)
                .on("startDate", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.district", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.commune", Sort.Direction.ASC));
    }

    /** The kit's recording workflow over this collection: create with replay, If-Match, versioned replace. */
    public Recorder<Training> recorder(OutboxRelay relay) {
        return new Recorder<>(trainings, MAPPING, relay, "training");
    }

    /** One page of trainings matching the filter, newest first. */
    public List<Training> list(TrainingFilter filter, int page, int size) {
        return trainings.page(criteria(filter), Sort.Order.desc("startDate"), page, size).stream()
                .map(TrainingStore::fromDocument).toList();
    }

    public long count(TrainingFilter filter) {
        return trainings.count(criteria(filter));
    }

    private static Criteria criteria(TrainingFilter filter) {
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
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Training training) {
        TrainingDetails d = training.details();
        List<Document> attendees = d.attendees().stream()
                .map(line -> new Document("agency", line.agency())
                        .append("unit", StoreDocuments.toDocument(line.unit()))
                        .append("staff", line.staff()))
                .toList();
        return new Document("_id", training.id())
                .append("version", training.version())
                .append("agency", d.agency())
                .append("locality", StoreDocuments.toDocument(d.locality()))
                .append("title", d.title())
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("startDate", d.startDate().toString())
                .append("endDate", d.endDate().toString())
                .append("topics", d.topics().stream().map(DigitalTopic::name).toList())
                .append("trainers", d.trainers())
                .append("attendees", attendees)
                .append("staff", d.staff())
                .append("cancelled", training.cancelled())
                .append("recordedBy", training.recordedBy())
                .append("recordedAt", Date.from(training.recordedAt()))
                .append("updatedAt", Date.from(training.updatedAt()));
    }

    static Training fromDocument(Document doc) {
        List<TrainingEvent.Attendance> attendees = doc.getList("attendees", Document.class).stream()
                .map(line -> new TrainingEvent.Attendance(line.getString("agency"),
                        StoreDocuments.locality(line.get("unit", Document.class)), number(line, "staff")))
                .toList();
        TrainingDetails details = new TrainingDetails(
                doc.getString("agency"),
                StoreDocuments.locality(doc.get("locality", Document.class)),
                doc.getString("title"),
                LocalDate.parse(doc.getString("startDate")),
                LocalDate.parse(doc.getString("endDate")),
                doc.getList("topics", String.class).stream().map(DigitalTopic::valueOf).toList(),
                doc.getList("trainers", String.class),
                attendees);
        return new Training(doc.getString("_id"), number(doc, "version"), details,
                Boolean.TRUE.equals(doc.getBoolean("cancelled")), doc.getString("recordedBy"),
                StoreDocuments.instant(doc, "recordedAt"), StoreDocuments.instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
