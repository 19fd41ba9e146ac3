package vn.antq.kit.outbox;

import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static vn.antq.kit.outbox.OutboxDocuments.ACTOR;
import static vn.antq.kit.outbox.OutboxDocuments.EVENTS;
import static vn.antq.kit.outbox.OutboxDocuments.EVENT_ID;
import static vn.antq.kit.outbox.OutboxDocuments.ID;
import static vn.antq.kit.outbox.OutboxDocuments.OCCURRED_AT;
import static vn.antq.kit.outbox.OutboxDocuments.PAYLOAD;
import static vn.antq.kit.outbox.OutboxDocuments.PUBLISHED_COUNT;
import static vn.antq.kit.outbox.OutboxDocuments.TYPE;
import static vn.antq.kit.outbox.OutboxDocuments.VERSION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UnwindOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail, read from the {@code events} arrays of the outbox collections: every accepted
 * change is an event there, with its actor, time and the aggregate's full state after it, so the
 * state before it is the previous event's body. Nothing is written for the audit on its own.
 * <p>
 * Per collection one aggregation ($match, $unwind with the array index, $sort, $limit) finds the
 * newest matching changes; the collections' lists are merged in memory, and the page's "before"
 * states are then read with one query per collection.
 */
public class EventHistory {

    private static final String INDEX = "index";
    private static final String EVENT = EVENTS + ".";

    /** Newest first; ties broken the same way in every collection so that pages do not overlap. */
    private static final Comparator<Row> NEWEST_FIRST = Comparator
            .comparing((Row row) -> row.event().getDate(OCCURRED_AT)).reversed()
            .thenComparing(Row::collection)
            .thenComparing(row -> row.id().toString())
            .thenComparing(Row::index, Comparator.reverseOrder());

    private final MongoTemplate mongo;
    private final List<String> collections;

    public EventHistory(MongoTemplate mongo, List<String> collections) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
    }

    /** Page {@code page} (from 0) of {@code size} changes matching {@code filter}, newest first. */
    public AuditPage find(AuditFilter filter, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        int wanted = Math.multiplyExact(page + 1, size);
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (String collection : collections) {
            rows.addAll(newest(collection, filter, wanted));
            total += count(collection, filter);
        }
        rows.sort(NEWEST_FIRST);
        List<Row> pageRows = rows.stream().skip((long) page * size).limit(size).toList();
        Map<String, Map<Object, List<String>>> payloads = payloadsOf(pageRows);
        List<AuditEntry> entries = pageRows.stream()
                .map(row -> entry(row, payloads.get(row.collection()).get(row.id())))
                .toList();
        return new AuditPage(entries, page, size, total);
    }

    private List<Row> newest(String collection, AuditFilter filter, int limit) {
        List<Bson> pipeline = changes(filter);
        pipeline.add(Aggregates.sort(Sorts.orderBy(Sorts.descending(EVENT + OCCURRED_AT), Sorts.ascending(ID),
                Sorts.descending(INDEX))));
        pipeline.add(Aggregates.limit(limit));
        List<Row> rows = new ArrayList<>();
        for (Document change : mongo.getCollection(collection).aggregate(pipeline)) {
            rows.add(new Row(collection, change.get(ID), ((Number) change.get(INDEX)).intValue(),
                    change.get(EVENTS, Document.class), OutboxDocuments.count(change, PUBLISHED_COUNT)));
        }
        return rows;
    }

    private long count(String collection, AuditFilter filter) {
        List<Bson> pipeline = changes(filter);
        pipeline.add(Aggregates.group(null, Accumulators.sum("n", 1)));
        Document counted = mongo.getCollection(collection).aggregate(pipeline).first();
        return counted == null ? 0 : ((Number) counted.get("n")).longValue();
    }

    /** One document per matching change: the aggregate's id and publishedCount, the event, its index. */
    private static List<Bson> changes(AuditFilter filter) {
        List<Bson> pipeline = new ArrayList<>();
        if (filter.aggregateId() != null) {
            pipeline.add(Aggregates.match(in(ID, idCandidates(filter.aggregateId()))));
        }
        List<Bson> onEvent = eventConditions(filter, "");
        if (!onEvent.isEmpty()) {
            // Skips whole aggregates without a matching change before they are unwound.
            pipeline.add(Aggregates.match(elemMatch(EVENTS, Filters.and(onEvent))));
        }
        pipeline.add(Aggregates.project(Projections.include(EVENTS, PUBLISHED_COUNT)));
        pipeline.add(Aggregates.unwind("$" + EVENTS, new UnwindOptions().includeArrayIndex(INDEX)));
        if (!onEvent.isEmpty()) {
            pipeline.add(Aggregates.match(Filters.and(eventConditions(filter, EVENT))));
        }
        return pipeline;
    }

    /** The filter's conditions on one event, whose fields are named {@code prefix + field}. */
    private static List<Bson> eventConditions(AuditFilter filter, String prefix) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add(eq(prefix + ACTOR, filter.actor()));
        }
        if (filter.from() != null) {
            conditions.add(gte(prefix + OCCURRED_AT, Date.from(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(lt(prefix + OCCURRED_AT, Date.from(filter.to())));
        }
        return conditions;
    }

    /** Stores choose their ids; most use strings, but an ObjectId written as hex is found too. */
    private static List<Object> idCandidates(String aggregateId) {
        return ObjectId.isValid(aggregateId) ? List.of(aggregateId, new ObjectId(aggregateId)) : List.of(aggregateId);
    }

    /** The bodies of every event of the page's aggregates, per collection and aggregate id. */
    private Map<String, Map<Object, List<String>>> payloadsOf(List<Row> rows) {
        Map<String, Map<Object, List<String>>> payloads = new HashMap<>();
        Map<String, List<Object>> idsByCollection = new HashMap<>();
        for (Row row : rows) {
            payloads.computeIfAbsent(row.collection(), collection -> new HashMap<>());
            idsByCollection.computeIfAbsent(row.collection(), collection -> new ArrayList<>()).add(row.id());
        }
        idsByCollection.forEach((collection, ids) -> {
            for (Document aggregate : mongo.getCollection(collection).find(in(ID, ids))
                    .projection(Projections.include(EVENT + PAYLOAD))) {
                List<String> bodies = aggregate.getList(EVENTS, Document.class, List.of()).stream()
                        .map(event -> event.getString(PAYLOAD))
                        .toList();
                payloads.get(collection).put(aggregate.get(ID), bodies);
            }
        });
        return payloads;
    }

    private static AuditEntry entry(Row row, List<String> payloads) {
        Document event = row.event();
        return new AuditEntry(
                row.collection(),
                row.id().toString(),
                ((Number) event.get(VERSION)).longValue(),
                event.getString(TYPE),
                event.getString(ACTOR),
                event.getDate(OCCURRED_AT).toInstant(),
                event.getString(EVENT_ID),
                row.index() < row.publishedCount(),
                before(payloads, row.index()),
                JsonMapper.shared().readTree(event.getString(PAYLOAD)));
    }

    private static JsonNode before(List<String> payloads, int index) {
        if (index == 0 || payloads == null || index > payloads.size()) {
            return null;
        }
        return JsonMapper.shared().readTree(payloads.get(index - 1));
    }

    private record Row(String collection, Object id, int index, Document event, int publishedCount) {
    }
}
