package vn.antq.models.model;

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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Models in MongoDB, one document each, holding the model, the request that created it or last changed
 * its status (for idempotent retries) and its events (the outbox, read by the relay, and the audit
 * trail). Every change is one single-document write: the new state and its event together or not at all.
 */
@Component
public class ModelStore {

    public static final String COLLECTION = "models";
    private final MongoTemplate mongo;
    private final AggregateCollection models;

    public ModelStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.models = new AggregateCollection(mongo, COLLECTION, List.of("registeredBy", "registeredAt", IdempotentRequest.CREATION));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agency", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
        // The overlap check: active models of a type in a commune.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.commune", Sort.Direction.ASC)
                .on("type", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.district", Sort.Direction.ASC));
    }

    static final Recorder.Mapping<Model> MAPPING = new Recorder.Mapping<>(Model::id, Model::version,
            ModelStore::toDocument, ModelStore::fromDocument);

    /**
     * The kit's recording workflow over this collection, keeping the last POST that wrote a model with an
     * {@code Idempotency-Key} and the registering one (written once, so that a retry is recognised after changes).
     */
    public Recorder<Model> recorder(OutboxRelay relay) {
        return new Recorder<>(models, MAPPING, relay, "model").keepingLastRequest();
    }

    /**
     * One page of models matching the filter, by agency and name. (Two sort keys before the id, which
     * {@link AggregateCollection#page} does not take, so the query is written here.)
     */
    public List<Model> list(ModelFilter filter, int page, int size) {
        Query query = Query.query(criteria(filter))
                .with(Sort.by(Sort.Order.asc("agency"), Sort.Order.asc("name"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        return findWithoutEvents(query);
    }

    public long count(ModelFilter filter) {
        return models.count(criteria(filter));
    }

    /** The ACTIVE models of a type in a commune, of any agency, other than {@code exceptId}: overlap candidates. */
    public List<Model> activeOfTypeIn(String type, String commune, String exceptId) {
        Query query = Query.query(where("type").is(type).and("locality.commune").is(commune)
                        .and("status").is(ModelStatus.ACTIVE.name()).and("_id").ne(exceptId))
                .with(Sort.by(Sort.Order.asc("registeredAt"), Sort.Order.asc("_id")));
        return findWithoutEvents(query);
    }

    private List<Model> findWithoutEvents(Query query) {
        query.fields().exclude(OutboxDocuments.EVENTS);
        return mongo.find(query, Document.class, COLLECTION).stream().map(ModelStore::fromDocument).toList();
    }

    private static Criteria criteria(ModelFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.agency() != null) {
            parts.add(where("agency").is(filter.agency()));
        }
        if (filter.type() != null) {
            parts.add(where("type").is(filter.type()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(StoreDocuments.localityField(filter.localityCode())).is(filter.localityCode()));
        }
        if (filter.status() != null) {
            parts.add(where("status").is(filter.status().name()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Model model) {
        ModelDetails d = model.details();
        return new Document("_id", model.id())
                .append("version", model.version())
                .append("name", d.name())
                .append("type", d.type())
                .append("agency", d.agency())
                .append("partnerAgencies", d.partnerAgencies())
                .append("locality", StoreDocuments.toDocument(d.locality()))
                .append("village", d.village())
                // An ISO date as a string: it sorts and compares as a date, with no time zone to get wrong.
                .append("establishedOn", d.establishedOn().toString())
                .append("members", d.members())
                .append("status", model.status().name())
                .append("statusReason", model.statusReason())
                .append("registeredBy", model.registeredBy())
                .append("registeredAt", Date.from(model.registeredAt()))
                .append("updatedAt", Date.from(model.updatedAt()))
                .append("formerLocalities", model.formerLocalities().stream()
                        .map(former -> new Document("locality", StoreDocuments.toDocument(former.locality()))
                                .append("until", former.until().toString()))
                        .toList());
    }

    static Model fromDocument(Document doc) {
        ModelDetails details = new ModelDetails(
                doc.getString("name"),
                doc.getString("type"),
                doc.getString("agency"),
                doc.getList("partnerAgencies", String.class),
                StoreDocuments.locality(doc.get("locality", Document.class)),
                doc.getString("village"),
                LocalDate.parse(doc.getString("establishedOn")),
                ((Number) doc.get("members")).longValue());
        return new Model(doc.getString("_id"), ((Number) doc.get("version")).longValue(), details,
                ModelStatus.valueOf(doc.getString("status")), doc.getString("statusReason"),
                doc.getString("registeredBy"), StoreDocuments.instant(doc, "registeredAt"),
                StoreDocuments.instant(doc, "updatedAt"), formerLocalities(doc));
    }

    /** Absent in documents written before models could be re-homed: none. */
    private static List<FormerLocality> formerLocalities(Document doc) {
        List<Document> formers = doc.getList("formerLocalities", Document.class);
        return formers == null ? List.of() : formers.stream()
                .map(former -> new FormerLocality(StoreDocuments.locality(former.get("locality", Document.class)),
                        LocalDate.parse(former.getString("until"))))
                .toList();
    }
}
