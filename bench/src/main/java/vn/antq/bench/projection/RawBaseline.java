package vn.antq.bench.projection;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

import vn.antq.analytics.coordination.CoordinationCells;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.Rollup;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.gazetteer.Gazetteer;

/**
 * The raw limit analytics-service is compared with: per partition one thread with a plain {@link KafkaConsumer}
 * (as many threads as the service has), batches of the same size, each record parsed and turned into the same
 * cells and the same increments (analytics-service's own {@code ParticipationCells} and {@code CoordinationCells}),
 * written as unordered bulk upserts ({@code $inc} the totals, {@code $setOnInsert} the dimensions), offsets
 * committed after each batch; and the same rollups, their increments summed per document over each batch. Nothing else: no schema validation, no ledger, no items, no progress records, so it
 * is exact only for a topic of distinct first versions, which is what the benchmark loads.
 * <p>
 * With a set of known cells it creates the cells it has not written before by inserting their whole document (a
 * duplicate key falls back to the upsert), as analytics-service does: the raw limit for that technique.
 */
final class RawBaseline {

    private static final EventJson JSON = new EventJson();
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final int DUPLICATE_KEY = 11000;

    private final String bootstrapServers;
    private final MongoDatabase target;
    private final int maxPollRecords;
    private final Places places = new Places(Gazetteer.official());
    private final Set<String> knownCells;

    /**
     * @param knownCells null to upsert every cell; otherwise the cells of {@code target} known to exist, kept
     *                   across runs by the caller, and new cells are inserted
     */
    RawBaseline(String bootstrapServers, MongoDatabase target, int maxPollRecords, Set<String> knownCells) {
        this.bootstrapServers = bootstrapServers;
        this.target = target;
        this.maxPollRecords = maxPollRecords;
        this.knownCells = knownCells;
    }

    /** What a run did: records read, cell writes, and how long from the first poll to the last commit. */
    record Run(long records, long cellWrites, long nanos) {
    }

    /** Reads every partition from {@code from} (inclusive) to {@code to} (exclusive) offsets. */
    Run run(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) throws Exception {
        String group = "bench-baseline-" + UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(to.size());
        AtomicLong records = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        to.forEach((partition, end) -> done.add(threads.submit(() -> {
            consume(partition, from.getOrDefault(partition, 0L), end, group, records, writes);
            return null;
        })));
        for (Future<?> future : done) {
            future.get();
        }
        long nanos = System.nanoTime() - start;
        threads.shutdown();
        return new Run(records.get(), writes.get(), nanos);
    }

    private void consume(TopicPartition partition, long start, long end, String group, AtomicLong records,
            AtomicLong writes) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, start);
            while (consumer.position(partition) < end) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
                if (batch.isEmpty()) {
                    continue;
                }
                writes.addAndGet(apply(batch));
                records.addAndGet(batch.count());
                consumer.commitSync();
            }
        }
    }

    /** What a batch adds to one rollup document: the sums of its records' increments, one upsert. */
    private record RollupSum(Document dimensions, Document increments) {
    }

    /**
     * One batch: the increments of every record, one bulk write per collection; returns the cell writes. Besides the
     * cells, the same rollups as analytics-service's ({@link Rollup}), each document's increments summed over the
     * batch first.
     */
    private long apply(ConsumerRecords<String, byte[]> batch) {
        Map<String, List<WriteModel<Document>>> byCollection = new TreeMap<>();
        Map<String, Map<String, RollupSum>> rollups = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            ActivityEvent activity = JSON.read(record.value(), ActivityEvent.class);
            Place place = places.of(activity.locality(), activity.startDate());
            List<Contribution> contributions = new ArrayList<>(ParticipationCells.of(activity, place));
            contributions.addAll(CoordinationCells.of(activity, place));
            for (Contribution contribution : contributions) {
                String cell = contribution.cell().collection() + "|" + contribution.cell().key();
                WriteModel<Document> model = knownCells != null && knownCells.add(cell)
                        ? new InsertOneModel<>(new Document("_id", contribution.cell().key())
                                .append("t", new Document(contribution.totals())))
                        : upsert(contribution);
                if (model instanceof InsertOneModel<Document> insert) {
                    insert.getDocument().putAll(contribution.dimensions());
                }
                byCollection.computeIfAbsent(contribution.cell().collection(), name -> new ArrayList<>()).add(model);
                for (Rollup rollup : Rollup.allOf(contribution.cell().collection())) {
                    RollupSum sum = rollups.computeIfAbsent(rollup.name(), name -> new TreeMap<>()).computeIfAbsent(
                            rollup.keyOf(contribution.dimensions()),
                            key -> new RollupSum(rollup.dimensionsOf(contribution.dimensions()), new Document()));
                    contribution.totals().forEach((name, value) -> sum.increments()
                            .merge(Items.totalPath(name), value, (a, b) -> (Long) a + (Long) b));
                }
            }
        }
        rollups.forEach((collection, sums) -> sums.forEach((key, sum) -> byCollection
                .computeIfAbsent(collection, name -> new ArrayList<>()).add(new UpdateOneModel<>(eq("_id", key),
                        new Document("$inc", sum.increments()).append("$setOnInsert", sum.dimensions()), UPSERT))));
        long count = 0;
        for (Map.Entry<String, List<WriteModel<Document>>> entry : byCollection.entrySet()) {
            write(target.getCollection(entry.getKey()), entry.getValue());
            count += entry.getValue().size();
        }
        return count;
    }

    /** The upsert that has the same effect as inserting {@code cell} where it may exist already. */
    private static UpdateOneModel<Document> upsert(Document cell) {
        Document increments = new Document();
        cell.get("t", Document.class).forEach((name, value) -> increments.append(Items.totalPath(name), value));
        Document dimensions = new Document(cell);
        dimensions.remove("_id");
        dimensions.remove("t");
        return new UpdateOneModel<>(eq("_id", cell.get("_id")),
                new Document("$inc", increments).append("$setOnInsert", dimensions), UPSERT);
    }

    private static UpdateOneModel<Document> upsert(Contribution contribution) {
        Document increments = new Document();
        contribution.totals().forEach((name, value) -> increments.append(Items.totalPath(name), value));
        Document update = new Document("$inc", increments)
                .append("$setOnInsert", new Document(contribution.dimensions()));
        return new UpdateOneModel<>(eq("_id", contribution.cell().key()), update, UPSERT);
    }

    /**
     * Writes racing to create the same cell: the loser met a duplicate key, changed nothing, and runs again (an
     * insert as an upsert).
     */
    private void write(MongoCollection<Document> cells, List<WriteModel<Document>> models) {
        List<WriteModel<Document>> pending = models;
        while (!pending.isEmpty()) {
            try {
                cells.bulkWrite(pending, UNORDERED);
                pending = List.of();
            } catch (MongoBulkWriteException e) {
                List<WriteModel<Document>> again = new ArrayList<>();
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                    WriteModel<Document> failed = pending.get(error.getIndex());
                    again.add(failed instanceof InsertOneModel<Document> insert ? upsert(insert.getDocument()) : failed);
                }
                pending = again;
            }
        }
    }
}
