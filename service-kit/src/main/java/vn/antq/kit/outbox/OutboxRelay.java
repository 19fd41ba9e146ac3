package vn.antq.kit.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static vn.antq.kit.outbox.OutboxDocuments.EVENTS;
import static vn.antq.kit.outbox.OutboxDocuments.EVENT_COUNT;
import static vn.antq.kit.outbox.OutboxDocuments.ID;
import static vn.antq.kit.outbox.OutboxDocuments.PENDING_SINCE;
import static vn.antq.kit.outbox.OutboxDocuments.PUBLISHED_COUNT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the pending events of the aggregates in {@code antq.outbox.collections} to Kafka, in
 * order per aggregate, and marks them published once Kafka has acknowledged them: never before.
 * <p>
 * One dedicated thread loops: take up to {@code batch-size} pending documents; send each one's
 * unpublished events in order, keyed by aggregate id, with an idempotent producer (acks=all, at most
 * 5 requests in flight, so Kafka keeps them in order even across retries); wait for every
 * acknowledgement; then set {@code publishedCount} (and drop {@code pendingSince} if no event was
 * appended meanwhile). Between rounds it waits {@code poll-interval}, or less when a store calls
 * {@link #wakeUp(String, Collection)} or {@link #wakeUp()}.
 * <p>
 * Which documents are pending: a store that wrote names the documents it wrote
 * ({@link #wakeUp(String, Collection)}), and the relay reads those by {@code _id}. It also sweeps:
 * it asks for the documents with {@code pendingSince}, oldest first, at start, after a failure, when
 * someone calls {@link #wakeUp()} without naming documents, and every {@code sweep-interval}, so
 * that nothing a crash or another replica left pending waits for ever. On real MongoDB the sweep
 * reads a sparse index; the MongoDB-wire server that stands in for it has no such index and reads
 * the whole collection, which is why the writes of this process are found by id.
 * <p>
 * The backlog ({@link #backlog()}, shown by the health check) is counted by the sweeps. Once a sweep took every
 * pending document and published it, and nothing failed since, whatever is pending was named by a store; so the backlog reads empty again as
 * soon as every named document went out, without waiting for the next sweep.
 * <p>
 * When Kafka or MongoDB is unreachable, a round fails within a few seconds (short producer
 * timeouts), the failure is logged once per outage, and the relay retries with exponential backoff
 * up to {@code max-backoff}; the events wait in their documents, and publication resumes by itself.
 * Delivery is at-least-once: a crash between acknowledgement and marking, or a second replica's
 * relay, can publish an event twice; consumers drop what they have seen by its {@code version}.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    static final Duration MAX_BLOCK = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = MAX_BLOCK.plusSeconds(5);
    /** How often the backlog is counted while there is one to publish. */
    static final Duration BACKLOG_EVERY = Duration.ofSeconds(1);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;
    private final Map<String, Object> producerConfig;
    private final boolean enabled;
    private final List<String> collections;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Map<String, Counter> publishedCounters = new HashMap<>();
    private final Map<String, Counter> failureCounters = new HashMap<>();
    private final Map<String, OutboxBacklog> backlogs = new ConcurrentHashMap<>();
    /** How many times writers woke the relay: an empty batch read before a wake-up does not clear the backlog. */
    private final AtomicLong wakes = new AtomicLong();
    /** Per collection, the ids of documents written since the relay last read them. */
    private final Map<String, Set<Object>> written = new ConcurrentHashMap<>();
    /** The collections to sweep in the next round. */
    private final Set<String> sweepsAsked = ConcurrentHashMap.newKeySet();
    private final Duration sweepInterval;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Failure failure;

    // An explicit flag, not LockSupport permits: the Kafka and MongoDB clients park the relay thread too and would eat them.
    private final Lock signalLock = new ReentrantLock();
    private final Condition signal = signalLock.newCondition();
    private boolean wakeRequested;

    // Touched only by the relay thread.
    private Producer<String, byte[]> producer;
    private boolean indexed;
    private int failedAttempts;
    private final Map<String, Instant> lastSweeps = new HashMap<>();
    /**
     * The collections whose last sweep took every pending document (short of a full batch) and published it, with no
     * failure since: everything pending in them now was named by a store, so the backlog is empty once the named
     * documents went out.
     */
    private final Set<String> sweptClean = new HashSet<>();

    /**
     * @param producerConfig the application's Kafka producer settings ({@code spring.kafka.*}); the
     *                       relay overrides what its guarantees depend on, see {@link #producerConfig}
     */
    public OutboxRelay(MongoTemplate mongo, Map<String, Object> producerConfig, OutboxProperties properties,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.producerConfig = producerConfig(producerConfig);
        // The producer fails a send by itself after delivery.timeout.ms; waiting longer is only a safety net.
        this.ackTimeout = Duration.ofMillis(Long.parseLong(
                this.producerConfig.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG).toString())).plus(MAX_BLOCK);
        this.enabled = properties.isEnabled();
        this.collections = List.copyOf(properties.getCollections());
        this.pollInterval = requirePositive(properties.getPollInterval(), "antq.outbox.poll-interval");
        this.maxBackoff = requirePositive(properties.getMaxBackoff(), "antq.outbox.max-backoff");
        if (properties.getBatchSize() < 1) {
            throw new IllegalArgumentException("antq.outbox.batch-size must be at least 1");
        }
        this.batchSize = properties.getBatchSize();
        this.sweepInterval = requirePositive(properties.getSweepInterval(), "antq.outbox.sweep-interval");
        for (String collection : collections) {
            written.put(collection, ConcurrentHashMap.newKeySet());
            sweepsAsked.add(collection);
            Gauge.builder("antq.outbox.pending", () -> pendingEvents(collection))
                    .description("Events stored but not yet acknowledged by Kafka")
                    .tag("collection", collection)
                    .register(meters);
            publishedCounters.put(collection, Counter.builder("antq.outbox.published")
                    .description("Events published to Kafka and acknowledged")
                    .tag("collection", collection)
                    .register(meters));
            failureCounters.put(collection, Counter.builder("antq.outbox.publish.failures")
                    .description("Relay rounds that failed because Kafka or MongoDB was unreachable")
                    .tag("collection", collection)
                    .register(meters));
        }
    }

    /**
     * The producer settings the relay runs with: the application's, with the delivery guarantees
     * forced and short timeouts by default, so that a dead broker fails a round in seconds instead of
     * hanging the loop.
     */
    static Map<String, Object> producerConfig(Map<String, Object> application) {
        Map<String, Object> config = new HashMap<>(application);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        Object inFlight = config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
        if (inFlight == null || Integer.parseInt(inFlight.toString()) > 5) {
            // Idempotence keeps order across retries only with at most 5 requests in flight.
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        }
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "antq-outbox-relay");
        return Map.copyOf(config);
    }

    /**
     * Publish the events of the documents {@code ids} of {@code collection} now rather than at the next poll: stores
     * call it after a write. Never blocks.
     */
    public void wakeUp(String collection, Collection<?> ids) {
        Set<Object> pending = written.get(collection);
        if (pending == null) {
            wakeUp();
            return;
        }
        pending.addAll(ids);
        signal();
    }

    /** Look for pending events in every collection now: for writes that cannot name their documents. Never blocks. */
    public void wakeUp() {
        sweepsAsked.addAll(collections);
        signal();
    }

    private void signal() {
        signalLock.lock();
        try {
            // A write was just stored: until the relay counts again, no backlog says nothing is pending.
            wakes.incrementAndGet();
            backlogs.replaceAll((collection, backlog) -> backlog.pendingEvents() > 0 ? backlog
                    : new OutboxBacklog(1, Instant.now(), backlog.measuredAt()));
            wakeRequested = true;
            signal.signalAll();
        } finally {
            signalLock.unlock();
        }
    }

    /** The last measured backlog per collection; a collection is missing until first measured. */
    public Map<String, OutboxBacklog> backlog() {
        return Map.copyOf(backlogs);
    }

    /** Why the relay cannot publish right now, if it cannot. */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** A current outage: what went wrong and since when. */
    public record Failure(String reason, Instant since, int attempts) {
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!enabled || collections.isEmpty()) {
            log.info("Outbox relay idle: {}", enabled ? "no antq.outbox.collections" : "antq.outbox.enabled=false");
            return;
        }
        try {
            // Here, before any write can arrive, not in the relay's first round: real MongoDB builds an index while
            // documents are inserted, but the MongoDB-wire server's collections do not guard their index list
            // against it (an insert at that moment fails with "Unknown error").
            ensureIndexes();
        } catch (RuntimeException e) {
            log.warn("Outbox indexes not created at start ({}); the relay creates them once MongoDB answers", e.toString());
        }
        running = true;
        Thread relayThread = new Thread(this::run, "outbox-relay");
        relayThread.setDaemon(true);
        relayThread.setUncaughtExceptionHandler((dead, e) -> {
            running = false;
            log.error("Outbox relay died; events stay pending in MongoDB until the service restarts", e);
        });
        thread = relayThread;
        relayThread.start();
        log.info("Outbox relay publishing events of {}", collections);
    }

    @Override
    public synchronized void stop() {
        Thread relayThread = thread;
        running = false;
        if (relayThread == null) {
            return;
        }
        wakeUp();
        try {
            relayThread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (relayThread.isAlive()) {
            log.warn("Outbox relay still busy after {}; leaving it to finish its round", STOP_TIMEOUT);
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            while (running) {
                boolean moreWaiting;
                try {
                    moreWaiting = round();
                    recovered();
                } catch (RuntimeException e) {
                    failed(e);
                    pause(backoff(), false);
                    continue;
                }
                if (!moreWaiting) {
                    pause(pollInterval, true);
                }
            }
        } finally {
            discardProducer();
        }
    }

    /** One pass over every collection; true if a full batch was taken, so that more may be waiting. */
    private boolean round() {
        boolean moreWaiting = false;
        for (String collection : collections) {
            try {
                ensureIndexes();
                long wakesBefore = wakes.get();
                if (sweepDue(collection)) {
                    int taken = sweep(collection);
                    // Short of a full batch, the sweep took every document pending when it asked, and published it.
                    if (taken < batchSize) {
                        sweptClean.add(collection);
                    } else {
                        sweptClean.remove(collection);
                    }
                    if (!(taken == 0 && backlogEmptyIfQuiet(collection, wakesBefore)) && backlogIsOld(collection)) {
                        measureBacklog(collection);
                    }
                    // The documents named meanwhile go out in the next round, without waiting a poll interval.
                    moreWaiting |= taken == batchSize || !written.get(collection).isEmpty();
                } else {
                    moreWaiting |= publishWritten(collection) == batchSize;
                    if (sweptClean.contains(collection)) {
                        backlogEmptyIfQuiet(collection, wakesBefore);
                    }
                }
            } catch (RuntimeException e) {
                // What was taken from the written ids may not have gone out: the next rounds sweep until all has.
                sweepsAsked.addAll(collections);
                sweptClean.clear();
                failureCounters.get(collection).increment();
                // Every collection's backlog stays truthful during an outage, not only the one that failed.
                collections.forEach(this::measureBacklogQuietly);
                throw e;
            }
        }
        return moreWaiting;
    }

    /**
     * Records an empty backlog for {@code collection} unless a store woke the relay since {@code wakesBefore} or named
     * documents not yet read: under the lock {@link #signal()} takes, so a write cannot slip between the check and the
     * record. Returns whether it recorded it.
     */
    private boolean backlogEmptyIfQuiet(String collection, long wakesBefore) {
        signalLock.lock();
        try {
            if (wakes.get() != wakesBefore || !written.get(collection).isEmpty()) {
                return false;
            }
            backlogs.put(collection, OutboxBacklog.empty(Instant.now()));
            return true;
        } finally {
            signalLock.unlock();
        }
    }

    private void ensureIndexes() {
        if (indexed) {
            return;
        }
        // Only aggregates with pending events are in it (sparse): the relay's query stays cheap as history grows.
        IndexOptions sparse = new IndexOptions().sparse(true);
        for (String collection : collections) {
            try {
                mongo.getCollection(collection).createIndex(Indexes.ascending(PENDING_SINCE), sparse);
                // Redundant on real MongoDB; the embedded server needs an index whose keys equal markPublished's filter.
                mongo.getCollection(collection).createIndex(Indexes.ascending(ID, EVENT_COUNT), new IndexOptions().unique(true));
            } catch (MongoCommandException e) {
                // The server answered (e.g. an index on pendingSince exists with other options): publishing works without ours.
                log.warn("Cannot create the outbox index on {}.{}: {}", collection, PENDING_SINCE, e.getErrorMessage());
            }
        }
        indexed = true;
    }

    private boolean sweepDue(String collection) {
        Instant last = lastSweeps.get(collection);
        return sweepsAsked.contains(collection) || last == null || last.plus(sweepInterval).isBefore(Instant.now());
    }

    /**
     * Publishes the pending events of up to {@code batchSize} documents, oldest first, found by {@code pendingSince};
     * returns how many documents it took. A full batch asks for another sweep: more may be waiting.
     */
    private int sweep(String collection) {
        sweepsAsked.remove(collection);
        lastSweeps.put(collection, Instant.now());
        MongoCollection<Document> documents = mongo.getCollection(collection);
        List<Document> batch = documents.find(exists(PENDING_SINCE))
                .sort(Sorts.ascending(PENDING_SINCE))
                .limit(batchSize)
                .projection(Projections.include(EVENTS, EVENT_COUNT, PUBLISHED_COUNT))
                .into(new ArrayList<>());
        publish(collection, documents, batch);
        if (batch.size() == batchSize) {
            sweepsAsked.add(collection);
        }
        return batch.size();
    }

    /**
     * Publishes the pending events of up to {@code batchSize} of the documents stores said they wrote, read by
     * {@code _id}; returns how many ids it took. A document whose events went out meanwhile (a sweep took it) is
     * left alone.
     */
    private int publishWritten(String collection) {
        List<Object> ids = new ArrayList<>();
        for (Iterator<Object> pending = written.get(collection).iterator(); pending.hasNext() && ids.size() < batchSize; ) {
            ids.add(pending.next());
            pending.remove();
        }
        if (ids.isEmpty()) {
            return 0;
        }
        MongoCollection<Document> documents = mongo.getCollection(collection);
        List<Document> batch = documents.find(in(ID, ids))
                .projection(Projections.include(EVENTS, EVENT_COUNT, PUBLISHED_COUNT, PENDING_SINCE))
                .into(new ArrayList<>());
        batch.removeIf(document -> document.getDate(PENDING_SINCE) == null);
        batch.sort(Comparator.comparing(document -> document.getDate(PENDING_SINCE)));
        publish(collection, documents, batch);
        return ids.size();
    }

    /** Sends the unpublished events of {@code batch} and records what Kafka acknowledged. */
    private void publish(String collection, MongoCollection<Document> documents, List<Document> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<InFlight> inFlight = new ArrayList<>();
        Exception firstFailure = null;
        for (Document aggregate : batch) {
            InFlight sends = new InFlight(aggregate.get(ID), OutboxDocuments.count(aggregate, PUBLISHED_COUNT),
                    OutboxDocuments.count(aggregate, EVENT_COUNT), new ArrayList<>());
            inFlight.add(sends);
            List<Document> events = aggregate.getList(EVENTS, Document.class, List.of());
            try {
                for (int i = sends.from(); i < Math.min(sends.to(), events.size()); i++) {
                    sends.acks().add(producer().send(CloudEventRecord.of(OutboxDocuments.fromDocument(events.get(i)))));
                }
            } catch (RuntimeException e) {
                firstFailure = e;
                break;
            }
        }
        List<Marking> markings = new ArrayList<>();
        for (InFlight sends : inFlight) {
            int acknowledged = 0;
            for (Future<RecordMetadata> ack : sends.acks()) {
                try {
                    ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged++;
                } catch (ExecutionException | TimeoutException e) {
                    firstFailure = firstFailure != null ? firstFailure : e;
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    firstFailure = firstFailure != null ? firstFailure : e;
                    break;
                }
            }
            if (acknowledged > 0 || sends.from() >= sends.to()) {
                markings.add(new Marking(sends.id(), sends.to(), sends.from() + acknowledged, acknowledged));
            }
        }
        markPublished(documents, markings);
        publishedCounters.get(collection).increment(markings.stream().mapToInt(Marking::acknowledged).sum());
        if (firstFailure != null) {
            // A producer that failed is replaced rather than reasoned about; nothing unacknowledged was marked.
            discardProducer();
            throw new OutboxUnavailableException(firstFailure);
        }
    }

    /**
     * Records what Kafka acknowledged, in two unordered bulk writes at most. An aggregate whose events all went out
     * and got no new one meanwhile leaves the pending set (a flat filter, not $and, so that the embedded server finds
     * it through the {_id, eventCount} index); if any did get one, or not all went out, progress is recorded with
     * $max, which never moves a count back and changes nothing where the first write already set it.
     */
    private void markPublished(MongoCollection<Document> documents, List<Marking> markings) {
        List<UpdateOneModel<Document>> complete = new ArrayList<>();
        List<UpdateOneModel<Document>> progress = new ArrayList<>();
        for (Marking marking : markings) {
            if (marking.publishedCount() == marking.eventCount()) {
                complete.add(new UpdateOneModel<>(new Document(ID, marking.id()).append(EVENT_COUNT, marking.eventCount()),
                        Updates.combine(Updates.set(PUBLISHED_COUNT, marking.publishedCount()), Updates.unset(PENDING_SINCE))));
            }
            progress.add(new UpdateOneModel<>(eq(ID, marking.id()), Updates.max(PUBLISHED_COUNT, marking.publishedCount())));
        }
        if (!complete.isEmpty() && documents.bulkWrite(complete, UNORDERED).getMatchedCount() == markings.size()) {
            return;
        }
        if (!progress.isEmpty()) {
            documents.bulkWrite(progress, UNORDERED);
        }
    }

    /**
     * Whether the backlog measured while publishing is older than {@link #BACKLOG_EVERY}: counting it reads every
     * pending aggregate, so doing it after every batch would make draining a large backlog quadratic.
     */
    private boolean backlogIsOld(String collection) {
        OutboxBacklog backlog = backlogs.get(collection);
        return backlog == null || backlog.measuredAt().plus(BACKLOG_EVERY).isBefore(Instant.now());
    }

    /** Counts the pending events of {@code collection} on the server; only aggregates with pendingSince are read. */
    private void measureBacklog(String collection) {
        Instant now = Instant.now();
        Document totals = mongo.getCollection(collection).aggregate(List.of(
                Aggregates.match(exists(PENDING_SINCE)),
                Aggregates.group(null,
                        Accumulators.sum("pending", new Document("$subtract", List.of("$" + EVENT_COUNT, "$" + PUBLISHED_COUNT))),
                        Accumulators.min("oldest", "$" + PENDING_SINCE))))
                .first();
        if (totals == null) {
            backlogs.put(collection, OutboxBacklog.empty(now));
            return;
        }
        Date oldest = totals.getDate("oldest");
        backlogs.put(collection, new OutboxBacklog(((Number) totals.get("pending")).longValue(),
                oldest == null ? null : oldest.toInstant(), now));
    }

    private void measureBacklogQuietly(String collection) {
        try {
            measureBacklog(collection);
        } catch (RuntimeException e) {
            log.debug("Cannot measure the outbox backlog of {}", collection, e);
        }
    }

    private double pendingEvents(String collection) {
        OutboxBacklog backlog = backlogs.get(collection);
        return backlog == null ? Double.NaN : backlog.pendingEvents();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                log.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private void failed(RuntimeException e) {
        failedAttempts++;
        String reason = reason(e);
        if (failedAttempts == 1) {
            failure = new Failure(reason, Instant.now(), 1);
            log.warn("Outbox relay cannot publish ({}); events stay pending in MongoDB, retrying with backoff up to {}",
                    reason, maxBackoff);
            log.debug("Outbox relay failure", e);
        } else {
            failure = new Failure(reason, failure.since(), failedAttempts);
            log.debug("Outbox relay attempt {} failed: {}", failedAttempts, reason);
        }
    }

    private void recovered() {
        if (failedAttempts > 0) {
            log.info("Outbox relay publishing again after {} failed attempts over {}", failedAttempts,
                    Duration.between(failure.since(), Instant.now()));
            failedAttempts = 0;
            failure = null;
        }
    }

    private Duration backoff() {
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration backoff = pollInterval.multipliedBy(1L << doublings);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    /**
     * Waits {@code duration}; a {@link #wakeUp()} since the last round began ends the wait early if
     * {@code wakeable}; {@link #stop()} always does.
     */
    private void pause(Duration duration, boolean wakeable) {
        long left = duration.toNanos();
        signalLock.lock();
        try {
            while (running && !(wakeable && wakeRequested) && left > 0) {
                left = signal.awaitNanos(left);
            }
            // Cleared before the next round reads, so a write during that round asks for one more.
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            signalLock.unlock();
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof OutboxUnavailableException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Duration requirePositive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive");
        }
        return value;
    }

    /** What to record of one aggregate after a round: its events Kafka acknowledged in this round, and the count now. */
    private record Marking(Object id, int eventCount, int publishedCount, int acknowledged) {
    }

    /** One aggregate's sends of this round: events {@code [from, to)} and their acknowledgements, in order. */
    private record InFlight(Object id, int from, int to, List<Future<RecordMetadata>> acks) {
    }

    /** Kafka did not acknowledge every event of a round. */
    static final class OutboxUnavailableException extends RuntimeException {
        OutboxUnavailableException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
