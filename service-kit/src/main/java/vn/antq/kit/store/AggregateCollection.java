package vn.antq.kit.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.PendingEvent;

/**
 * A collection of aggregates whose documents carry their own outbox (see {@link OutboxDocuments}): the
 * writes of the kit's contract, and reads that leave the events out. The stores map their records to and
 * from the state documents.
 */
public final class AggregateCollection {

    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final String name;
    private final List<String> fixedFields;

    /**
     * Also ensures a unique index on {@code {_id, version}}: redundant on real MongoDB (which finds the document
     * through {@code _id} alone), but the MongoDB-wire server that stands in for it uses an index only when the
     * filter's keys equal the index's keys, and scans the whole collection for every versioned replace otherwise.
     *
     * @param fixedFields state fields written once, at insertion, and never replaced ({@code _id} always is)
     */
    public AggregateCollection(MongoTemplate mongo, String name, List<String> fixedFields) {
        this.mongo = mongo;
        this.name = name;
        this.fixedFields = List.copyOf(fixedFields);
        mongo.indexOps(name).createIndex(new Index().on(OutboxDocuments.ID, Sort.Direction.ASC)
                .on(VERSION, Sort.Direction.ASC).unique());
    }

    /** The collection's name, as the outbox relay knows it. */
    public String name() {
        return name;
    }

    /** Inserts a new aggregate with its first event; false if its {@code _id} exists already (a retried request). */
    public boolean insert(Document state, PendingEvent first) {
        return StoreDocuments.insertNew(mongo.getCollection(name), OutboxDocuments.newAggregate(state, first));
    }

    /** Replaces the state if the aggregate is still at {@code expectedVersion}; false if someone changed it meanwhile. */
    public boolean replace(Document state, long expectedVersion, PendingEvent next) {
        Update update = new Update();
        state.forEach((field, value) -> {
            if (!OutboxDocuments.ID.equals(field) && !fixedFields.contains(field)) {
                update.set(field, value);
            }
        });
        OutboxDocuments.append(update, next);
        Query query = Query.query(where(OutboxDocuments.ID).is(state.get(OutboxDocuments.ID))
                .and(VERSION).is(expectedVersion));
        return mongo.updateFirst(query, update, name).getMatchedCount() == 1;
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(mongo.findOne(withoutEvents(Query.query(where(OutboxDocuments.ID).is(id))),
                Document.class, name));
    }

    /** Page {@code page} (from 0) of {@code size} states matching {@code criteria}, in {@code order} then by id. */
    public List<Document> page(Criteria criteria, Sort.Order order, int page, int size) {
        Query query = Query.query(criteria).with(Sort.by(order, Sort.Order.asc(OutboxDocuments.ID)))
                .skip((long) page * size).limit(size);
        return mongo.find(withoutEvents(query), Document.class, name);
    }

    public long count(Criteria criteria) {
        return mongo.count(Query.query(criteria), name);
    }

    /** All parts must match; none matches everything. */
    public static Criteria allOf(List<Criteria> parts) {
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    private static Query withoutEvents(Query query) {
        query.fields().exclude(OutboxDocuments.EVENTS);
        return query;
    }
}
