package vn.antq.resilience.applied;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.Topics;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;
import vn.antq.testsupport.TopicRecords;

/**
 * Every aggregate the accepted writes touched, with the version its last accepted write left it at, and what the
 * platform made of them: the events on Kafka (each checked against its contract's JSON Schema), analytics' ledger
 * (the version it applied and, for an activity, the participants its cells count) and the dead-letter topics.
 */
final class Accepted implements AutoCloseable {

    /** One aggregate: its ledger kind in analytics, where the service keeps it, and its key on Kafka. */
    record Aggregate(String ledgerKind, Kind service, String collection, String topic, String id, String key) {

        static Aggregate activity(String id) {
            return new Aggregate("activity", Kind.EVENTS, "activities", Topics.ACTIVITY, id, id);
        }

        static Aggregate model(String id) {
            return new Aggregate("model", Kind.MODELS, "models", Topics.MODEL, id, id);
        }

        /** A model's report travels under the model's key but is its own aggregate. */
        static Aggregate report(String id, String modelId) {
            return new Aggregate("report", Kind.MODELS, "model_reports", Topics.MODEL, id, modelId);
        }

        static Aggregate review(String id) {
            return new Aggregate("review", Kind.AWARDS, "reviews", Topics.AWARD, id, id);
        }

        static Aggregate award(String id) {
            return new Aggregate("award", Kind.AWARDS, "awards", Topics.AWARD, id, id);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TOPICS = List.of(Topics.ACTIVITY, Topics.MODEL, Topics.AWARD);

    private final Platform platform;
    private final ContractSchemas schemas = new ContractSchemas();
    private final Map<Aggregate, Long> versions = new LinkedHashMap<>();
    private final Map<String, Long> participants = new HashMap<>();
    /** Versions seen on Kafka, by aggregate id (a report's own id, not its model's key). */
    private final Map<String, Set<Long>> published = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final List<String> schemaViolations = new ArrayList<>();
    private final KafkaConsumer<String, byte[]> tail;
    private long events;

    /** Starts reading the three topics from their ends now: only what comes after is this property's. */
    Accepted(Platform platform) {
        this.platform = platform;
        this.tail = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo partition : tail.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
        }
        tail.assign(partitions);
        tail.seekToEnd(partitions);
        partitions.forEach(tail::position);
    }

    /** An accepted write left {@code aggregate} at the version its service's database now holds. */
    void accepted(Aggregate aggregate) {
        Document document = platform.database(aggregate.service()).getCollection(aggregate.collection())
                .find(eq("_id", aggregate.id())).first();
        if (document == null) {
            throw new IllegalStateException("Accepted, but " + aggregate + " is not in its service's database");
        }
        versions.put(aggregate, ((Number) document.get("version")).longValue());
        keys.add(aggregate.key());
    }

    /** The participants analytics must count for an activity now (0 once cancelled). */
    void participants(String activityId, long count) {
        participants.put(activityId, count);
    }

    Map<Aggregate, Long> versions() {
        return versions;
    }

    long events() {
        return events;
    }

    /**
     * The aggregates analytics has not applied at their last accepted version (empty once it has): the ledger's
     * version, and for an activity the participants its participation cells count.
     */
    List<String> notApplied() {
        Document meta = platform.analyticsDatabase().getCollection("projection_meta").find(eq("_id", "generations")).first();
        int generation = meta == null ? 1 : meta.getInteger("active");
        var ledger = platform.analyticsDatabase().getCollection("g" + generation + "_ledger");
        List<String> missing = new ArrayList<>();
        versions.forEach((aggregate, version) -> {
            Document entry = ledger.find(eq("_id", aggregate.ledgerKind() + ":" + aggregate.id())).first();
            Long applied = entry == null ? null : ((Number) entry.get("version")).longValue();
            if (!version.equals(applied)) {
                missing.add(aggregate.ledgerKind() + " " + aggregate.id() + ": accepted at version " + version
                        + ", analytics' ledger holds " + applied);
            } else if (participants.containsKey(aggregate.id())) {
                long counted = 0;
                for (Document cell : entry.getList("cells", Document.class, List.of())) {
                    if ("participation".equals(cell.getString("c"))) {
                        counted += ((Number) cell.get("t", Document.class).get("participants")).longValue();
                    }
                }
                if (counted != participants.get(aggregate.id())) {
                    missing.add("activity " + aggregate.id() + " at version " + version + ": analytics counts "
                            + counted + " participants, the accepted write says " + participants.get(aggregate.id()));
                }
            }
        });
        return missing;
    }

    /** Reads the topics up to their ends of the moment and checks the new events of this property's aggregates. */
    void readPublished() {
        Map<TopicPartition, Long> ends = tail.endOffsets(tail.assignment());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ends.entrySet().stream().anyMatch(end -> tail.position(end.getKey()) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read the topics up to " + ends);
            }
            for (ConsumerRecord<String, byte[]> record : tail.poll(Duration.ofMillis(200))) {
                if (keys.contains(record.key())) {
                    check(record);
                }
            }
        }
    }

    private void check(ConsumerRecord<String, byte[]> record) {
        events++;
        String type = TopicRecords.header(record, CloudEventHeaders.CE_TYPE);
        List<String> violations = schemas.validate(type, record.value());
        if (!violations.isEmpty()) {
            schemaViolations.add(record.topic() + " key " + record.key() + " " + type + ": " + violations + " in "
                    + new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        JsonNode body = JSON.readTree(record.value());
        published.computeIfAbsent(body.path("id").asString(), id -> new TreeSet<>()).add(body.path("version").asLong());
    }

    /** Events that fail their schema, and aggregates whose versions 1..v did not all reach Kafka. */
    List<String> unpublishedOrInvalid() {
        List<String> problems = new ArrayList<>(schemaViolations);
        versions.forEach((aggregate, version) -> {
            Set<Long> seen = published.getOrDefault(aggregate.id(), Set.of());
            for (long v = 1; v <= version; v++) {
                if (!seen.contains(v)) {
                    problems.add(aggregate.ledgerKind() + " " + aggregate.id() + ": version " + v
                            + " accepted but not on " + aggregate.topic() + " (seen " + seen + ")");
                }
            }
        });
        return problems;
    }

    /** Records of this property's aggregates on the dead-letter topics, with the reason analytics gave. */
    List<String> deadLettered() {
        TopicRecords topics = new TopicRecords(platform.broker().bootstrapServers());
        List<String> letters = new ArrayList<>();
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, byte[]> letter : topics.all(Topics.dlt(topic))) {
                if (keys.contains(letter.key())) {
                    letters.add(topic + " key " + letter.key() + " " + TopicRecords.header(letter, CloudEventHeaders.CE_TYPE)
                            + ": " + TopicRecords.header(letter, "x-antq-dlt-reason"));
                }
            }
        }
        return letters;
    }

    @Override
    public void close() {
        tail.close();
    }
}
