package vn.antq.analytics.rebuild;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import vn.antq.analytics.AnalyticsProperties;
import vn.antq.analytics.freshness.TopicEnds;
import vn.antq.analytics.ingest.DecodedBatch;
import vn.antq.analytics.ingest.EventDecoder;
import vn.antq.analytics.ingest.IncomingRecord;
import vn.antq.analytics.projection.Change;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionStore.ApplyResult;
import vn.antq.analytics.projection.Projector;
import vn.antq.analytics.projection.WriterProgress;
import vn.antq.contracts.Topics;

/**
 * Rebuilds every projection from the topics' full history into a new generation, while the active one keeps
 * answering, and switches over once the replay has caught up.
 * <ol>
 * <li>The live consumer starts writing the new generation too (after this, no batch writes without it).</li>
 * <li>Only then are the topics' end offsets taken: every record below them is replayed, every record from them
 * on reaches the new generation through the live consumer. Records read by a live batch that started before
 * step 1 lie below the end offsets, so nothing falls between the two.</li>
 * <li>The replay reads from offset 0 to the end offsets and folds what it reads in memory: per aggregate the
 * newest version (events carry the whole state), decoded in pieces on all cores. Nothing is written meanwhile.</li>
 * <li>The fold is written in one go ({@link Projector#loadReplay}), holding every aggregate lock so that the live
 * consumer's writes to the new generation wait: the aggregates the live consumer has already written there (it
 * wrote them with newer records) are applied by the protocol, versions deciding; all others, nearly everything,
 * are written with large unordered inserts of whole ledger entries, cells and rollup documents, merged into any
 * cell or rollup the live consumer created first. The replay's progress, recorded last, settles its entries.
 * Afterwards the live consumer writes the new generation by the protocol, as always.</li>
 * <li>Switch: one write of the meta document, under the lock no live batch holds half-way; then the old
 * generation is dropped.</li>
 * </ol>
 * One rebuild at a time, and one analytics instance: the locks are in this JVM. A rebuild that fails or is
 * interrupted by a stop leaves the active generation as it was and its own collections are dropped.
 */
@Component
public class Rebuilds {

    public static final String COLLECTION = "rebuilds";

    static final List<String> TOPICS = Topics.ALL;

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final int ATTEMPTS = 8;
    private static final int FOLD_POLL_RECORDS = 20_000;
    private static final int FOLD_PARTITION_FETCH_BYTES = 8 * 1024 * 1024;
    private static final int DECODE_CHUNK = 1_000;

    private final MongoDatabase database;
    private final Generations generations;
    private final TopicEnds topicEnds;
    private final EventDecoder decoder;
    private final Projector projector;
    private final KafkaProperties kafka;
    private final AnalyticsProperties properties;
    private final Clock clock;
    private final RebuildSlot slot = new RebuildSlot();
    private final ExecutorService replays = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "analytics-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public Rebuilds(MongoDatabase analyticsDatabase, Generations generations, TopicEnds topicEnds, EventDecoder decoder,
            Projector projector, KafkaProperties kafka, AnalyticsProperties properties, Clock clock) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.topicEnds = topicEnds;
        this.decoder = decoder;
        this.projector = projector;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** A rebuild that was running when the service stopped did not finish; say so. */
    @PostConstruct
    void markInterrupted() {
        rebuilds().updateMany(in("state", List.of(State.STARTING.name(), State.REPLAYING.name())),
                Updates.combine(Updates.set("state", State.FAILED.name()),
                        Updates.set("error", "interrupted: the service stopped before the rebuild finished"),
                        Updates.set("finishedAt", now())));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        replays.shutdownNow();
    }

    /**
     * Starts a rebuild; empty when one is already running.
     *
     * @throws TopicEnds.KafkaUnavailableException when the topics' end offsets cannot be had; nothing changed
     */
    public Optional<Document> start(String requestedBy) {
        String id = UUID.randomUUID().toString();
        if (!slot.claim(id)) {
            return Optional.empty();
        }
        int generation = generations.next();
        boolean building = false;
        try {
            rebuilds().insertOne(new Document("_id", id).append("state", State.STARTING.name())
                    .append("generation", generation).append("previousGeneration", generations.active())
                    .append("requestedBy", requestedBy).append("startedAt", now()));
            generations.startBuilding(generation);
            building = true;
            Map<TopicPartition, Long> ends = topicEnds.of(TOPICS);
            List<Document> partitions = new ArrayList<>();
            ends.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> a.topic().equals(b.topic())
                            ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic())))
                    .forEach(entry -> partitions.add(new Document("topic", entry.getKey().topic())
                            .append("partition", entry.getKey().partition()).append("endOffset", entry.getValue())
                            .append("position", 0L)));
            rebuilds().updateOne(eq("_id", id), Updates.combine(Updates.set("state", State.REPLAYING.name()),
                    Updates.set("partitions", partitions),
                    Updates.set("recordsTotal", ends.values().stream().mapToLong(Long::longValue).sum()),
                    Updates.set("recordsRead", 0L), Updates.set("applied", 0L), Updates.set("skipped", 0L),
                    Updates.set("poison", 0L)));
            replays.submit(() -> replay(id, generation, ends));
            return status(id);
        } catch (RuntimeException e) {
            if (building) {
                generations.abandon(generation);
            }
            slot.finish(id, () -> fail(id, e));
            throw e;
        }
    }

    public Optional<Document> status(String id) {
        return Optional.ofNullable(rebuilds().find(eq("_id", id)).first());
    }

    private void replay(String id, int generation, Map<TopicPartition, Long> ends) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Large polls holding several partitions' fetches, which are decoded in parallel.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, FOLD_POLL_RECORDS);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, FOLD_PARTITION_FETCH_BYTES);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Counts counts = new Counts();
        Fold fold = new Fold();
        boolean switched = false;
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> pending = new ArrayList<>(ends.keySet().stream().filter(tp -> ends.get(tp) > 0).toList());
            consumer.assign(pending);
            consumer.seekToBeginning(pending);
            Map<TopicPartition, Long> positions = new HashMap<>();
            long lastReport = 0;
            while (!pending.isEmpty()) {
                if (stopping) {
                    throw new IllegalStateException("the service is stopping");
                }
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(POLL);
                Map<TopicPartition, List<IncomingRecord>> batch = new LinkedHashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : polled) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    // From the end offsets on, the live consumer brings records into the new generation.
                    if (record.offset() < ends.get(partition)) {
                        batch.computeIfAbsent(partition, p -> new ArrayList<>()).add(incoming(record));
                    }
                }
                fold.add(decode(id, batch), counts);
                List<TopicPartition> done = new ArrayList<>();
                for (TopicPartition partition : pending) {
                    long position = consumer.position(partition);
                    positions.put(partition, position);
                    if (position >= ends.get(partition)) {
                        done.add(partition);
                    }
                }
                if (!done.isEmpty()) {
                    consumer.pause(done);
                    pending.removeAll(done);
                }
                if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos() || pending.isEmpty()) {
                    report(id, positions, counts);
                    lastReport = System.nanoTime();
                }
            }
            long folded = System.nanoTime();
            log.info("Rebuild {}: {} records read and folded into {} aggregates", id, counts.read, fold.changes().size());
            loadWithRetries(id, generation, fold, counts);
            log.info("Rebuild {}: {} aggregates written in {} ms", id, counts.applied,
                    Duration.ofNanos(System.nanoTime() - folded).toMillis());
            report(id, positions, counts);
            rebuilds().updateOne(eq("_id", id), Updates.combine(Updates.set("state", State.SWITCHING.name()),
                    Updates.set("caughtUpAt", now())));
            int previous = generations.switchTo(generation);
            switched = true;
            generations.drop(previous);
            slot.finish(id, () -> rebuilds().updateOne(eq("_id", id), Updates.combine(
                    Updates.set("state", State.DONE.name()), Updates.set("finishedAt", now()))));
            log.info("Rebuild {} done: generation {} replaced {} ({} records replayed, {} applied)", id, generation,
                    previous, counts.read, counts.applied);
        } catch (Exception e) {
            try {
                if (!switched) {
                    generations.abandon(generation);
                }
            } finally {
                slot.finish(id, () -> fail(id, e));
            }
        } finally {
            slot.finish(id, () -> { });
        }
    }

    /**
     * Decodes a poll's records in pieces of at most {@value #DECODE_CHUNK} on all cores, in the order read: decoding is
     * most of the replay's work, and a poll often brings one partition only.
     */
    private List<DecodedBatch> decode(String id, Map<TopicPartition, List<IncomingRecord>> batch) {
        List<List<IncomingRecord>> chunks = new ArrayList<>();
        for (List<IncomingRecord> records : batch.values()) {
            for (int from = 0; from < records.size(); from += DECODE_CHUNK) {
                chunks.add(records.subList(from, Math.min(records.size(), from + DECODE_CHUNK)));
            }
        }
        return chunks.parallelStream()
                .map(records -> DecodedBatch.of(records, decoder, WriterProgress.REBUILD,
                        (topic, partition) -> WriterProgress.replayWriter(id, topic, partition)))
                .toList();
    }

    /**
     * Writes the folded replay into the generation (see {@link Projector#loadReplay}). A failed attempt may have
     * written part of it: the next one finds those aggregates in the ledger and applies them by the protocol.
     */
    private void loadWithRetries(String id, int generation, Fold fold, Counts counts) throws InterruptedException {
        long wait = properties.retryInitialInterval().toMillis();
        for (int attempt = 1; ; attempt++) {
            if (stopping) {
                throw new IllegalStateException("the service is stopping");
            }
            try {
                ApplyResult result = projector.loadReplay(generation, fold.changes(), WriterProgress.replayWriter(id),
                        fold.progress(), properties.rebuildBatchSize());
                counts.applied = result.applied();
                counts.skipped = fold.read - result.applied();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.warn("Rebuild {}: writing the replay failed (attempt {} of {}), retrying: {}", id, attempt, ATTEMPTS,
                        e.toString());
                Thread.sleep(wait);
                wait = Math.min(wait * 2, properties.retryMaxInterval().toMillis());
            }
        }
    }

    private void report(String id, Map<TopicPartition, Long> positions, Counts counts) {
        Document rebuild = rebuilds().find(eq("_id", id)).first();
        if (rebuild == null) {
            return;
        }
        List<Document> partitions = new ArrayList<>();
        for (Document partition : rebuild.getList("partitions", Document.class, List.of())) {
            TopicPartition key = new TopicPartition(partition.getString("topic"), partition.getInteger("partition"));
            long end = ((Number) partition.get("endOffset")).longValue();
            partitions.add(new Document(partition).append("position", Math.min(end, positions.getOrDefault(key, 0L))));
        }
        rebuilds().updateOne(eq("_id", id), Updates.combine(Updates.set("partitions", partitions),
                Updates.set("recordsRead", counts.read), Updates.set("applied", counts.applied),
                Updates.set("skipped", counts.skipped), Updates.set("poison", counts.poison)));
    }

    private void fail(String id, Exception e) {
        log.error("Rebuild {} failed; the active generation stays as it was", id, e);
        rebuilds().updateOne(eq("_id", id), Updates.combine(Updates.set("state", State.FAILED.name()),
                Updates.set("error", String.valueOf(e.getMessage())), Updates.set("finishedAt", now())));
    }

    private static IncomingRecord incoming(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return new IncomingRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                headers);
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private MongoCollection<Document> rebuilds() {
        return database.getCollection(COLLECTION);
    }

    /** Where a rebuild is: STARTING, REPLAYING, SWITCHING, then DONE or FAILED. */
    public enum State {
        STARTING, REPLAYING, SWITCHING, DONE, FAILED
    }

    /**
     * The replay so far, folded: per aggregate the first change read of its highest version (events carry the whole
     * state, so it alone gives what applying them all in order gives), and each partition's progress.
     */
    private static final class Fold {

        private final Map<String, Change> changes = new LinkedHashMap<>();
        private final Map<String, WriterProgress> progress = new LinkedHashMap<>();
        /** What is kept shares its parts with what is kept already: a fold holds one change per aggregate. */
        private final Contribution.Sharing sharing = new Contribution.Sharing();
        private long read;

        void add(List<DecodedBatch> batches, Counts counts) {
            for (DecodedBatch batch : batches) {
                for (Change change : batch.changes()) {
                    read++;
                    Change held = changes.get(change.ledgerId());
                    if (held == null || change.version() > held.version()) {
                        changes.put(change.ledgerId(), sharing.share(change));
                    }
                }
                counts.read += batch.changes().size() + batch.poison().size();
                counts.poison += batch.poison().size();
                for (WriterProgress writer : batch.progress()) {
                    progress.merge(writer.writer(), writer, Fold::later);
                }
            }
        }

        Collection<Change> changes() {
            return changes.values();
        }

        List<WriterProgress> progress() {
            return List.copyOf(progress.values());
        }

        private static WriterProgress later(WriterProgress a, WriterProgress b) {
            Instant last = a.lastEventTime() == null ? b.lastEventTime()
                    : b.lastEventTime() == null || a.lastEventTime().isAfter(b.lastEventTime()) ? a.lastEventTime()
                    : b.lastEventTime();
            return new WriterProgress(a.writer(), a.kind(), a.topic(), a.partition(), Math.max(a.offset(), b.offset()), last);
        }
    }

    private static final class Counts {
        long read;
        long applied;
        long skipped;
        long poison;
    }
}
