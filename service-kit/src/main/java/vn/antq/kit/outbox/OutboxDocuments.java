package vn.antq.kit.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Puts an aggregate and its pending event into ONE MongoDB document, so that storing the change and
 * the event that announces it is a single-document write: atomic on real MongoDB and on the
 * in-process server alike, without a transaction. The {@link OutboxRelay} later publishes the event
 * and marks it.
 * <p>
 * The document of an aggregate, in any collection listed in {@code antq.outbox.collections}:
 * <pre>
 * { _id, version, ...state owned by the service...,
 *   events: [ {eventId, type, topic, key, subject, source, version, actor, occurredAt (Date), payload (String)}, ... ],
 *   eventCount: n, publishedCount: m, pendingSince: Date   // present iff m &lt; n
 * }
 * </pre>
 * Events are appended in order and never edited; the first {@code publishedCount} are on Kafka. The
 * array is also the audit trail.
 * <p>
 * The contract for a store:
 * <ul>
 * <li>new aggregate: {@code insert(newAggregate(state, event))}; a duplicate-key error on {@code _id}
 * means the write already happened (an idempotent retry), not a failure to report as such;
 * <li>change: {@code updateFirst({_id: id, version: expected}, append(update, event))} where
 * {@code update} sets the new state and version; zero documents matched means a concurrent change
 * (optimistic concurrency: answer 412, write nothing);
 * <li>after the write, {@link OutboxRelay#wakeUp(String, java.util.Collection)} with the collection and
 * the ids written, so that the events go out now, read by id, rather than at the relay's next sweep;
 * <li>never write {@code events}, {@code eventCount}, {@code publishedCount} or {@code pendingSince}
 * any other way, and leave {@code events} out of read projections that do not need it.
 * </ul>
 */
public final class OutboxDocuments {

    public static final String ID = "_id";
    public static final String EVENTS = "events";
    public static final String EVENT_COUNT = "eventCount";
    public static final String PUBLISHED_COUNT = "publishedCount";
    public static final String PENDING_SINCE = "pendingSince";

    /** Field names inside an element of {@link #EVENTS}. */
    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String KEY = "key";
    static final String SUBJECT = "subject";
    static final String SOURCE = "source";
    static final String VERSION = "version";
    static final String ACTOR = "actor";
    static final String OCCURRED_AT = "occurredAt";
    static final String PAYLOAD = "payload";

    private static final List<String> OUTBOX_FIELDS = List.of(EVENTS, EVENT_COUNT, PUBLISHED_COUNT, PENDING_SINCE);

    private OutboxDocuments() {
    }

    /**
     * The document to insert for a new aggregate: a copy of {@code state} (which must hold {@code _id})
     * with {@code first} as its only, pending event.
     */
    public static Document newAggregate(Document state, PendingEvent first) {
        Objects.requireNonNull(first, "first");
        Document document = copyOfState(state);
        document.put(EVENTS, List.of(toDocument(first)));
        document.put(EVENT_COUNT, 1);
        document.put(PUBLISHED_COUNT, 0);
        document.put(PENDING_SINCE, new Date());
        return document;
    }

    /**
     * The document to insert for an aggregate that exists before its first event (a unit's period, created by the
     * first write that registers on it): a copy of {@code state} with no event yet. Its first change appends one.
     */
    public static Document newAggregateWithoutEvents(Document state) {
        Document document = copyOfState(state);
        document.put(EVENTS, List.of());
        document.put(EVENT_COUNT, 0);
        document.put(PUBLISHED_COUNT, 0);
        return document;
    }

    /** A copy of an aggregate's state to insert: it must hold {@code _id} and none of the outbox's fields. */
    private static Document copyOfState(Document state) {
        Objects.requireNonNull(state, "state");
        if (!state.containsKey(ID)) {
            throw new IllegalArgumentException("the aggregate's state needs its _id");
        }
        for (String field : OUTBOX_FIELDS) {
            if (state.containsKey(field)) {
                throw new IllegalArgumentException("'" + field + "' belongs to the outbox, not to the aggregate's state");
            }
        }
        return new Document(state);
    }

    /**
     * Adds {@code next} to a store's {@code update} of an existing aggregate and returns that update.
     * {@code pendingSince} only moves back in time ({@code $min}): if earlier events are still waiting,
     * it keeps saying since when, so the oldest-pending age stays true and the relay keeps the
     * aggregate's place in its queue.
     */
    public static Update append(Update update, PendingEvent next) {
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(next, "next");
        for (String field : OUTBOX_FIELDS) {
            if (update.modifies(field)) {
                throw new IllegalArgumentException("'" + field + "' belongs to the outbox; the update must not touch it");
            }
        }
        return update.push(EVENTS, toDocument(next)).inc(EVENT_COUNT, 1).min(PENDING_SINCE, new Date());
    }

    /** {@link #append(Update, PendingEvent)} of several events, in their order, in one update. */
    public static Update appendAll(Update update, List<PendingEvent> events) {
        Objects.requireNonNull(update, "update");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no event to append");
        }
        for (String field : OUTBOX_FIELDS) {
            if (update.modifies(field)) {
                throw new IllegalArgumentException("'" + field + "' belongs to the outbox; the update must not touch it");
            }
        }
        return update.push(EVENTS).each(events.stream().map(OutboxDocuments::toDocument).toArray())
                .inc(EVENT_COUNT, events.size()).min(PENDING_SINCE, new Date());
    }

    static Document toDocument(PendingEvent event) {
        return new Document(EVENT_ID, event.eventId())
                .append(TYPE, event.type())
                .append(TOPIC, event.topic())
                .append(KEY, event.key())
                .append(SUBJECT, event.subject())
                .append(SOURCE, event.source())
                .append(VERSION, event.version())
                .append(ACTOR, event.actor())
                .append(OCCURRED_AT, Date.from(event.occurredAt()))
                .append(PAYLOAD, event.payload());
    }

    static PendingEvent fromDocument(Document event) {
        return new PendingEvent(
                event.getString(EVENT_ID),
                event.getString(TYPE),
                event.getString(TOPIC),
                event.getString(KEY),
                event.getString(SUBJECT),
                event.getString(SOURCE),
                ((Number) event.get(VERSION)).longValue(),
                event.getString(ACTOR),
                toInstant(event.getDate(OCCURRED_AT)),
                event.getString(PAYLOAD));
    }

    static int count(Document aggregate, String field) {
        Object value = aggregate.get(field);
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
