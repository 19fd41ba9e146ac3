package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.resilience.api.ActivityRecorder;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Clerks;
import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.ActivityReconciler;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Reconciliation;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Agencies;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.testsupport.TopicRecords;

/**
 * Poison on every topic, between real writes: records that are not JSON, have no or an unknown type, a type of
 * another topic, a body that fails the schema, no body, or a valid body under another aggregate's key. Every one
 * lands on {@code <topic>.dlt} with its reason, and every write made before and after is applied.
 */
class PoisonMessagesIT {

    /** Khánh Hòa: only this scenario records there. */
    /** Every topic analytics consumes: the recording services' and identity-service's accounts. */
    private static final List<String> TOPICS = Topics.ALL;

    private static final String PROVINCE = "56";
    private static final String MARKER = "x-resilience-poison";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void poisonOnEveryTopicIsDeadLetteredAndConsumptionGoesOn() {
        Random random = new Random(5600);
        Places places = new Places(PROVINCE);
        AcceptedActivities book = new AcceptedActivities();
        ActivityRecorder recorder = new ActivityRecorder(platform.events().http(), platform.tokens(), book);
        Clerks clerks = new Clerks(platform);
        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        long deadLetteredBefore = analytics.eventCounters().getOrDefault("dead-lettered", 0L);
        long skippedBefore = analytics.eventCounters().getOrDefault("skipped", 0L);
        String run = UUID.randomUUID().toString().substring(0, 8);

        Writes before = write(recorder, clerks, places, random, run + "-a");
        Map<String, String> poison = sendPoison(run, book);
        Writes after = write(recorder, clerks, places, random, run + "-b");

        await("every poison record on its dead-letter topic").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettered(run).keySet().containsAll(poison.keySet()));
        Map<String, ConsumerRecord<String, byte[]>> letters = deadLettered(run);
        letters.forEach((id, letter) -> {
            assertThat(letter.topic()).as(id).isEqualTo(Topics.dlt(poison.get(id)));
            assertThat(TopicRecords.header(letter, "x-antq-dlt-reason")).as(id).isNotBlank();
            assertThat(TopicRecords.header(letter, "x-antq-original-topic")).as(id).isEqualTo(poison.get(id));
        });

        ActivityReconciler reconciler = new ActivityReconciler(platform, analytics);
        reconciler.awaitApplied(book, PROVINCE, Duration.ofMinutes(3));
        long models = before.models() + after.models();
        long reports = before.reports() + after.reports();
        long reviews = before.reviews() + after.reviews();
        await("models, reports and reviews applied").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> analytics.models(PROVINCE).get("ACTIVE") == models
                        && analytics.models(PROVINCE).get("reports") == reports
                        && analytics.reviews(PROVINCE) == reviews);
        Reconciliation result = reconciler.reconcile("poison", book, PROVINCE,
                analytics.eventCounters().getOrDefault("skipped", 0L) - skippedBefore);
        long deadLettered = analytics.eventCounters().getOrDefault("dead-lettered", 0L) - deadLetteredBefore;
        Results.record(result.line() + String.format("; poison records sent %d (%d per topic) = dead-lettered %d "
                        + "(on <topic>.dlt with their reason; analytics counted %d); written around them and applied: "
                        + "%d models, %d reports, %d reviews", poison.size(), poison.size() / TOPICS.size(), letters.size(),
                deadLettered, models, reports, reviews));
        result.assertExact();
        assertThat(letters).hasSameSizeAs(poison);
    }

    private record Writes(long models, long reports, long reviews) {
    }

    private static Writes write(ActivityRecorder recorder, Clerks clerks, Places places, Random random, String tag) {
        for (int i = 0; i < 20; i++) {
            assertThat(recorder.record(Activity.random(Agencies.any(random), places, random)).status()).isEqualTo(201);
        }
        long reports = 0;
        for (int i = 0; i < 3; i++) {
            String agency = Agencies.ALL.get(i);
            Answer model = clerks.registerModel(agency, Bodies.randomModel(agency, places, random, tag + "-" + i));
            assertThat(model.status()).as(model.describe()).isEqualTo(201);
            Answer report = clerks.fileReport(agency, model.text("id"), Bodies.report(1 + i, random));
            assertThat(report.status()).as(report.describe()).isEqualTo(201);
            reports++;
        }
        for (int i = 0; i < 2; i++) {
            Answer review = clerks.holdReview(Agencies.ALL.get(i), Bodies.review(Agencies.ALL.get(i), places.province(), tag));
            assertThat(review.status()).as(review.describe()).isEqualTo(201);
        }
        return new Writes(3, reports, 2);
    }

    /** Six kinds of poison on each of the four topics; returns marker id -> topic. */
    private static Map<String, String> sendPoison(String run, AcceptedActivities book) {
        Map<String, String> sent = new LinkedHashMap<>();
        ConsumerRecord<String, byte[]> validActivity = await("an activity of this run on its topic")
                .atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> new TopicRecords(platform.broker().bootstrapServers())
                        .matching(Topics.ACTIVITY, r -> book.ids().contains(r.key())), records -> !records.isEmpty()).get(0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            Map<String, String> typeOf = Map.of(Topics.ACTIVITY, EventTypes.ACTIVITY_RECORDED,
                    Topics.MODEL, EventTypes.MODEL_REGISTERED, Topics.AWARD, EventTypes.REVIEW_HELD,
                    Topics.USER, EventTypes.USER_CHANGED, Topics.PERIOD, EventTypes.PERIOD_CHANGED,
                    Topics.OUTCOME, EventTypes.OUTCOME_RECORDED, Topics.TRAINING, EventTypes.TRAINING_RECORDED,
                    Topics.MATERIAL, EventTypes.MATERIAL_CHANGED);
            for (String topic : TOPICS) {
                String type = typeOf.get(topic);
                String otherType = typeOf.get(topic.equals(Topics.ACTIVITY) ? Topics.MODEL : Topics.ACTIVITY);
                List<ProducerRecord<String, byte[]>> poison = new ArrayList<>();
                poison.add(record(topic, "poison-key", bytes("{not json"), type));
                poison.add(record(topic, "poison-key", bytes("{}"), "vn.antq.unknown.v1"));
                poison.add(record(topic, "poison-key", bytes("{\"id\": \"x\", \"version\": 0}"), type));
                poison.add(record(topic, "poison-key", bytes("{}"), otherType));
                poison.add(record(topic, "poison-key", null, type));
                poison.add(record(topic, "poison-key", bytes("{}"), null));
                if (topic.equals(Topics.ACTIVITY)) {
                    // A valid event under another aggregate's key would put its writes on another partition's thread.
                    poison.set(5, record(topic, "not-" + validActivity.key(), validActivity.value(),
                            TopicRecords.header(validActivity, CloudEventHeaders.CE_TYPE)));
                }
                for (ProducerRecord<String, byte[]> record : poison) {
                    String id = run + "-" + sent.size();
                    record.headers().add(MARKER, bytes(id));
                    sent.put(id, topic);
                    producer.send(record);
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] value, String type) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventHeaders.CE_ID, bytes(UUID.randomUUID().toString()));
        record.headers().add(CloudEventHeaders.CE_SOURCE, bytes("/antq/resilience-suite"));
        record.headers().add(CloudEventHeaders.CE_SPECVERSION, bytes(CloudEventHeaders.SPEC_VERSION));
        if (type != null) {
            record.headers().add(CloudEventHeaders.CE_TYPE, bytes(type));
        }
        return record;
    }

    /** The records of this run on the four dead-letter topics, by marker id. */
    private static Map<String, ConsumerRecord<String, byte[]>> deadLettered(String run) {
        TopicRecords topics = new TopicRecords(platform.broker().bootstrapServers());
        Map<String, ConsumerRecord<String, byte[]>> letters = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, byte[]> letter : topics.all(Topics.dlt(topic))) {
                String id = TopicRecords.header(letter, MARKER);
                if (id != null && id.startsWith(run + "-")) {
                    letters.put(id, letter);
                }
            }
        }
        return letters;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
