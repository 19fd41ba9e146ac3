package vn.antq.kit.recording.period;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodState;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * The units' periods of one service in MongoDB ({@value #COLLECTION}), one document each: the period with its events
 * (outbox and audit) and its lock: the writes in flight ({@code writers}: who, until when) and a submission in
 * progress ({@code freezingUntil}). Every lock step is one single-document update, so MongoDB orders each write's
 * registration and the submission that freezes the period: one of them comes first.
 */
public final class PeriodStore {

    public static final String COLLECTION = "periods";

    static final String WRITERS = "writers";
    static final String FREEZING_UNTIL = "freezingUntil";
    private static final int DUPLICATE_KEY = 11000;
    private static final List<String> LOCKED = List.of(PeriodState.SUBMITTED.name(), PeriodState.APPROVED.name());

    private final MongoTemplate mongo;
    private final AggregateCollection periods;

    public PeriodStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.periods = new AggregateCollection(mongo, COLLECTION, List.of("dataSet", "agency", "level", "locality",
                "period", "periodStart", "periodEnd"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("state", Sort.Direction.ASC).on("periodStart", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                .on(FREEZING_UNTIL, Sort.Direction.ASC).unique());
    }

    Recorder<Period> recorder(OutboxRelay relay) {
        return new Recorder<>(periods, new Recorder.Mapping<>(Period::id, Period::version, PeriodStore::toDocument,
                PeriodStore::fromDocument), relay, "period");
    }

    Optional<Period> find(String id) {
        return periods.find(id).map(PeriodStore::fromDocument);
    }

    /** Creates the period's document, open, if it has none yet (two writers may race to: either wins). */
    void ensure(PeriodKey key) {
        ensureAll(List.of(key));
    }

    /**
     * Registers a write in flight on the period, until {@code until}, if the period takes writes: not submitted or
     * approved, and no submission in progress. False if it does not.
     */
    boolean register(String id, String writer, Instant until, Instant now) {
        return registerAll(List.of(id), writer, until, now).contains(id);
    }

    /**
     * {@link #register} on many periods at once, for a batch of records (an import): the periods are read by id, and
     * each that takes writes gets the registration by one update conditional on its version and freeze being those
     * read (a step changes the version, a submission sets the freeze): so it lands only while the period still takes
     * writes. A period changed in between is read again (only then are the registrations read back). Returns the ids
     * of the periods registered on.
     */
    Set<String> registerAll(Collection<String> ids, String writer, Instant until, Instant now) {
        return registerAll(ids, writer, until, now, (id, seen) -> { });
    }

    /** The lock fields of a period that took a write when read: its version and its freeze (none: null). */
    record Seen(Object version, Date freezing) {
    }

    /**
     * {@link #registerAll}, telling {@code registeredAt} the version and freeze each registration was conditional on:
     * while the period's document still has both, it takes writes (a step changes its version, a submission sets its
     * freeze), so {@link #registerIfStill} can register on it again without reading it first.
     */
    Set<String> registerAll(Collection<String> ids, String writer, Instant until, Instant now,
                            BiConsumer<String, Seen> registeredAt) {
        Set<String> registered = new HashSet<>();
        Map<String, Seen> seen = new HashMap<>();
        Set<String> pending = new HashSet<>(ids);
        Document push = push(writer, until);
        while (!pending.isEmpty()) {
            List<UpdateOneModel<Document>> pushes = new ArrayList<>();
            List<String> tried = new ArrayList<>();
            for (Document doc : byIds(pending, new Document("version", 1).append("state", 1).append(FREEZING_UNTIL, 1))) {
                Date freezing = doc.getDate(FREEZING_UNTIL);
                boolean takesWrites = !LOCKED.contains(doc.getString("state")) && !frozenAt(freezing, now);
                if (takesWrites) {
                    tried.add(doc.getString("_id"));
                    seen.put(doc.getString("_id"), new Seen(doc.get("version"), freezing));
                    pushes.add(new UpdateOneModel<>(new Document("_id", doc.get("_id")).append("version", doc.get("version"))
                            .append(FREEZING_UNTIL, freezing), push));
                }
            }
            pending.clear();
            if (pushes.isEmpty()) {
                break;
            }
            if (mongo.getCollection(COLLECTION).bulkWrite(pushes, new BulkWriteOptions().ordered(false))
                    .getMatchedCount() == pushes.size()) {
                registered.addAll(tried);
                break;
            }
            // Some period changed after its read: which registrations landed is read back (without what was seen).
            tried.forEach(seen::remove);
            for (Document doc : byIds(tried, new Document(WRITERS, 1))) {
                boolean held = doc.getList(WRITERS, Document.class, List.of()).stream()
                        .anyMatch(w -> writer.equals(w.getString("id")));
                (held ? registered : pending).add(doc.getString("_id"));
            }
        }
        seen.forEach((id, fields) -> {
            if (registered.contains(id)) {
                registeredAt.accept(id, fields);
            }
        });
        return registered;
    }

    /**
     * Registers a write in flight on the period by one update conditional on its version and freeze being
     * {@code seen}, those of an earlier registration that found it taking writes: no read first. False if the period
     * changed since (or is gone): then nothing was written and {@link #registerAll} decides.
     */
    boolean registerIfStill(String id, Seen seen, String writer, Instant until) {
        return mongo.getCollection(COLLECTION).updateOne(new Document("_id", id).append("version", seen.version())
                .append(FREEZING_UNTIL, seen.freezing()), push(writer, until)).getMatchedCount() == 1;
    }

    /**
     * Makes the period's document, open, with the write {@code writer} already registered on it: one insert, for the
     * first write in a period. A period nobody has made yet takes writes (no step and no submission can have reached
     * a document that did not exist). False, and nothing written, if the period's document exists already.
     */
    boolean createRegistered(PeriodKey key, String writer, Instant until) {
        Document document = openDocument(key);
        document.put(WRITERS, List.of(new Document("id", writer).append("until", Date.from(until))));
        try {
            mongo.getCollection(COLLECTION).insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** What {@link #createRegistered} made: version 0, no freeze. */
    static final Seen CREATED = new Seen(0L, null);

    /**
     * Removes the registrations of many writes, {@code writersById} (period id to writers), in one unordered bulk of
     * updates by id.
     */
    void releaseMany(Map<String, List<String>> writersById) {
        if (writersById.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> pulls = new ArrayList<>();
        writersById.forEach((id, writers) -> pulls.add(new UpdateOneModel<>(new Document("_id", id),
                new Document("$pull", new Document(WRITERS, new Document("id", writers.size() == 1 ? writers.get(0)
                        : new Document("$in", writers)))))));
        mongo.getCollection(COLLECTION).bulkWrite(pulls, new BulkWriteOptions().ordered(false));
    }

    /** Whether a freeze until {@code freezing} (none: null) still holds at {@code now}; one run out can be taken over. */
    private static boolean frozenAt(Date freezing, Instant now) {
        return freezing != null && freezing.toInstant().isAfter(now);
    }

    private static Document push(String writer, Instant until) {
        return new Document("$push", new Document(WRITERS, new Document("id", writer).append("until", Date.from(until))));
    }

    /** The document of a period nobody has written in yet: open, version 0, no events. */
    private static Document openDocument(PeriodKey key) {
        return OutboxDocuments.newAggregateWithoutEvents(toDocument(Period.open(key)));
    }

    /** {@link #ensure} for many periods: one unordered insert; a period that exists already is left as it is. */
    void ensureAll(Collection<PeriodKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(COLLECTION).insertMany(keys.stream().map(PeriodStore::openDocument).toList(),
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /**
     * Starts a submission: the period, still at {@code version} and taking writes, takes no new write until
     * {@code until} (or until the submission is stored). False if someone changed or started submitting it meanwhile.
     */
    boolean startFreezing(String id, long version, Instant until, Instant now) {
        Query query = Query.query(where("_id").is(id).and("version").is(version).and("state").nin(LOCKED)
                .orOperator(where(FREEZING_UNTIL).is(null), where(FREEZING_UNTIL).lte(Date.from(now))));
        return mongo.updateFirst(query, new Update().set(FREEZING_UNTIL, Date.from(until)), COLLECTION)
                .getMatchedCount() == 1;
    }

    void stopFreezing(String id) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().unset(FREEZING_UNTIL), COLLECTION);
    }

    /** The latest lease of the writes in flight on the period that have not run out at {@code now}; null if none. */
    Instant lastLiveWriter(String id, Instant now) {
        Document doc = mongo.findOne(Query.query(where("_id").is(id)), Document.class, COLLECTION);
        Instant last = null;
        for (Document writer : doc == null ? List.<Document>of() : doc.getList(WRITERS, Document.class, List.of())) {
            Instant until = writer.getDate("until").toInstant();
            if (until.isAfter(now) && (last == null || until.isAfter(last))) {
                last = until;
            }
        }
        return last;
    }

    /*
     * The bulk steps below read many periods by "_id $in" and write each by equality on {_id, version, freezingUntil}
     * (an index: the embedded MongoDB-wire server, unlike MongoDB, uses an index only for a query on its keys alone),
     * so that a batch costs no search of the whole collection.
     */

    /**
     * {@link #startFreezing} of each period nobody has submitted yet (version 0) that takes writes, until
     * {@code until}: one read by id, then one conditional update each in one bulk; the ids of those frozen. A freeze a
     * stopped submission left behind (run out at {@code now}) is taken over, as {@link #startFreezing} does.
     */
    Set<String> freezeUnsubmitted(Collection<String> ids, Instant until, Instant now) {
        List<UpdateOneModel<Document>> freezes = new ArrayList<>();
        Set<String> candidates = new HashSet<>();
        Document mark = new Document("$set", new Document(FREEZING_UNTIL, Date.from(until)));
        for (Document doc : byIds(ids, new Document("version", 1).append(FREEZING_UNTIL, 1))) {
            Date freezing = doc.getDate(FREEZING_UNTIL);
            if (((Number) doc.get("version")).longValue() == 0 && !frozenAt(freezing, now)) {
                candidates.add(doc.getString("_id"));
                freezes.add(new UpdateOneModel<>(new Document("_id", doc.get("_id")).append("version", 0L)
                        .append(FREEZING_UNTIL, freezing), mark));
            }
        }
        if (freezes.isEmpty()) {
            return Set.of();
        }
        boolean all = mongo.getCollection(COLLECTION).bulkWrite(freezes, new BulkWriteOptions().ordered(false))
                .getMatchedCount() == freezes.size();
        return all ? candidates : frozenBy(ids, until);
    }

    /** Of {@code ids}, the periods frozen until {@code until}, read by id. */
    Set<String> frozenBy(Collection<String> ids, Instant until) {
        Set<String> frozen = new HashSet<>();
        Date mark = Date.from(until);
        byIds(ids, new Document("_id", 1).append(FREEZING_UNTIL, 1)).forEach(doc -> {
            if (mark.equals(doc.getDate(FREEZING_UNTIL))) {
                frozen.add(doc.getString("_id"));
            }
        });
        return frozen;
    }

    /** Whether a write in flight registered on any of the periods and its lease has not run out at {@code now}. */
    boolean anyLiveWriter(Collection<String> ids, Instant now) {
        for (Document doc : byIds(ids, new Document(WRITERS, 1))) {
            for (Document writer : doc.getList(WRITERS, Document.class, List.of())) {
                if (writer.getDate("until").toInstant().isAfter(now)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Iterable<Document> byIds(Collection<String> ids, Document fields) {
        return ids.isEmpty() ? List.of() : mongo.getCollection(COLLECTION)
                .find(new Document("_id", new Document("$in", List.copyOf(ids)))).projection(fields);
    }

    /**
     * Stores each period's history, with its events, in one bulk of updates by id; the caller holds the periods'
     * freeze ({@link #freezeUnsubmitted}), which keeps every other step and write off them, and ends it.
     */
    void recordHistories(Collection<PeriodHistory.Replayed> histories) {
        if (histories.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (PeriodHistory.Replayed history : histories) {
            Update update = new Update();
            toDocument(history.period()).forEach((field, value) -> {
                if (!"_id".equals(field) && !WRITERS.equals(field)) {
                    update.set(field, value);
                }
            });
            update.unset(FREEZING_UNTIL);
            bulk.updateOne(Query.query(where("_id").is(history.period().id())),
                    OutboxDocuments.appendAll(update, history.events()));
        }
        bulk.execute();
    }

    /** Ends the freeze of {@link #freezeUnsubmitted} on the periods it still holds (those it did not store). */
    void stopFreezingAll(Collection<String> ids, Instant until) {
        if (!ids.isEmpty()) {
            Document unmark = new Document("$unset", new Document(FREEZING_UNTIL, ""));
            mongo.getCollection(COLLECTION).bulkWrite(ids.stream().map(id -> new UpdateOneModel<Document>(
                    new Document("_id", id).append("version", 0L).append(FREEZING_UNTIL, Date.from(until)), unmark))
                    .toList(), new BulkWriteOptions().ordered(false));
        }
    }

    /** One page of periods that have been submitted at least once, matching the filter, latest period first. */
    List<Period> list(PeriodFilter filter, int page, int size) {
        return periods.page(criteria(filter), Sort.Order.desc("periodStart"), page, size).stream()
                .map(PeriodStore::fromDocument).toList();
    }

    long count(PeriodFilter filter) {
        return periods.count(criteria(filter));
    }

    private static Criteria criteria(PeriodFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(where("version").gt(0));
        if (filter.agency() != null) {
            parts.add(where("agency").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(StoreDocuments.localityField(filter.localityCode())).is(filter.localityCode()));
        }
        if (filter.state() != null) {
            parts.add(where("state").is(filter.state().name()));
        }
        if (filter.from() != null) {
            parts.add(where("periodEnd").gte(filter.from().toString()));
        }
        if (filter.to() != null) {
            parts.add(where("periodStart").lte(filter.to().toString()));
        }
        if (filter.awaiting() != null) {
            parts.add(where("state").is(PeriodState.SUBMITTED.name()));
            parts.add(where("submittedBy").ne(filter.awaiting().subject()));
            parts.add(directlyBelow(filter.awaiting().locality()));
        }
        return AggregateCollection.allOf(parts);
    }

    /**
     * The units whose reports an approver of {@code approverUnit} decides ({@link PeriodCommands}' rule of the level
     * above): a district's communes (2019-2024); a province's districts, its communes of the 2025 structure (no
     * district) and its own report; for an approver of the whole country, the provinces' own reports.
     */
    private static Criteria directlyBelow(String approverUnit) {
        if (approverUnit == null) {
            return where("level").is(Level.PROVINCE.name());
        }
        return switch (approverUnit.length()) {
            case 2 -> where("locality.province").is(approverUnit).orOperator(
                    where("level").in(Level.PROVINCE.name(), Level.DISTRICT.name()),
                    where("level").is(Level.COMMUNE.name()).and("locality.district").is(null));
            case 3 -> where("locality.district").is(approverUnit).and("level").is(Level.COMMUNE.name());
            default -> where("_id").is(null);
        };
    }

    static Document toDocument(Period period) {
        PeriodKey key = period.key();
        return new Document("_id", period.id())
                .append("version", period.version())
                .append("dataSet", key.dataSet().name())
                .append("agency", key.agency())
                .append("level", key.level().name())
                .append("locality", StoreDocuments.toDocument(key.unit()))
                .append("period", key.period().code())
                .append("periodStart", key.period().start().toString())
                .append("periodEnd", key.period().end().toString())
                .append("state", period.state().name())
                .append("reason", period.reason())
                .append("submittedBy", period.submittedBy())
                .append("submittedAt", date(period.submittedAt()))
                .append("firstSubmittedAt", date(period.firstSubmittedAt()))
                .append("decidedBy", period.decidedBy())
                .append("decidedAt", date(period.decidedAt()))
                .append("records", period.records())
                .append(WRITERS, List.of());
    }

    static Period fromDocument(Document doc) {
        PeriodKey key = new PeriodKey(DataSet.valueOf(doc.getString("dataSet")), doc.getString("agency"),
                StoreDocuments.locality(doc.get("locality", Document.class)), new ReportPeriod(doc.getString("period")));
        return new Period(key, ((Number) doc.get("version")).longValue(), PeriodState.valueOf(doc.getString("state")),
                doc.getString("reason"), doc.getString("submittedBy"), instant(doc, "submittedAt"),
                instant(doc, "firstSubmittedAt"), doc.getString("decidedBy"), instant(doc, "decidedAt"),
                ((Number) doc.get("records")).longValue());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
