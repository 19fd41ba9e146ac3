package vn.antq.kit.outbox;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.antq.kit.testapp.outbox.ActivityStore.ACTIVITIES;
import static vn.antq.kit.testapp.outbox.TopicReader.body;
import static vn.antq.kit.testapp.outbox.TopicReader.header;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import tools.jackson.databind.json.JsonMapper;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.kit.testapp.outbox.Activities;
import vn.antq.kit.testapp.outbox.ActivityStore;
import vn.antq.kit.testapp.outbox.OutboxIntegrationTest;
import vn.antq.kit.testapp.outbox.TopicReader;

@OutboxIntegrationTest
class OutboxRelayIT {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayIT.class);
    private static final ContractSchemas SCHEMAS = new ContractSchemas();

    @Autowired
    ActivityStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    OutboxRelay relay;

    @Test
    void theOutboxIndexesExistWhenTheRelayHasStartedBeforeAnyWriteCanArrive() {
        // Created by the relay's first round, they raced the first inserts: the MongoDB-wire server failed an insert
        // that met an index being added ("Unknown error"). start() creates them before it returns. (On the old code
        // this usually passed too, the relay's thread being quick: it guards the contract, it did not find the race.)
        String collection = "outbox_it_indexes_" + UUID.randomUUID().toString().replace("-", "");
        OutboxProperties properties = new OutboxProperties();
        properties.setCollections(List.of(collection));
        OutboxRelay relay = new OutboxRelay(mongo, kafka.buildProducerProperties(), properties, new SimpleMeterRegistry());
        try {
            relay.start();
            List<Object> keys = mongo.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                    .map(index -> index.get("key")).toList();
            assertThat(keys).as("indexes of " + collection + " right after start()")
                    .contains(new Document(OutboxDocuments.PENDING_SINCE, 1));
        } finally {
            relay.stop();
            mongo.dropCollection(collection);
        }
    }

    @Test
    void aWrittenEventIsPublishedOnceAsACloudEventKeyedByTheAggregateId() {
        String topic = uniqueTopic("single");
        String id = "act-" + UUID.randomUUID();
        ActivityEvent activity = Activities.meeting(id, 1);

        store.record(ACTIVITIES, topic, activity);

        Document stored = awaitPublished(id, 1);
        assertThat(stored).doesNotContainKey(OutboxDocuments.PENDING_SINCE);
        Document event = stored.getList(OutboxDocuments.EVENTS, Document.class).get(0);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(topic);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(header(record, CloudEventHeaders.CE_ID)).isEqualTo(event.getString("eventId"));
        assertThat(header(record, CloudEventHeaders.CE_SOURCE)).isEqualTo("/antq/outbox-it");
        assertThat(header(record, CloudEventHeaders.CE_TYPE)).isEqualTo(EventTypes.ACTIVITY_RECORDED);
        assertThat(header(record, CloudEventHeaders.CE_SUBJECT)).isEqualTo(id);
        assertThat(Instant.parse(header(record, CloudEventHeaders.CE_TIME))).isEqualTo(activity.occurredAt());
        assertThat(header(record, CloudEventHeaders.CE_SPECVERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(body(record)).isEqualTo(event.getString("payload"));
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, record.value())).isEmpty();
    }

    @Test
    void eachAggregatesVersionsAppearOnTheTopicInIncreasingOrder() {
        String topic = uniqueTopic("ordering");
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> "act-" + UUID.randomUUID()).toList();

        long started = System.nanoTime();
        for (long version = 1; version <= 5; version++) {
            for (String id : ids) {
                if (version == 1) {
                    store.record(ACTIVITIES, topic, Activities.meeting(id, version));
                } else {
                    assertThat(store.revise(ACTIVITIES, topic, Activities.meeting(id, version))).isTrue();
                }
            }
        }
        long written = System.nanoTime();
        ids.forEach(id -> awaitPublished(id, 5));
        long published = System.nanoTime();
        log.info("Ordering: 100 events of 20 aggregates written in {} ms, all acknowledged and marked after {} ms ({} events/s)",
                (written - started) / 1_000_000, (published - started) / 1_000_000,
                100L * 1_000_000_000 / (published - started));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(topic);
        assertThat(records).hasSize(100);
        assertThat(records).extracting(record -> header(record, CloudEventHeaders.CE_ID)).doesNotHaveDuplicates();
        assertThat(records).allSatisfy(record -> assertThat(
                SCHEMAS.validate(header(record, CloudEventHeaders.CE_TYPE), record.value())).isEmpty());
        // Records of one key share a partition, and a partition is read in offset order.
        Map<String, List<Long>> versionsByKey = records.stream().collect(groupingBy(ConsumerRecord::key,
                mapping(OutboxRelayIT::versionOf, toList())));
        List<Long> oneToFive = LongStream.rangeClosed(1, 5).boxed().toList();
        assertThat(versionsByKey).containsOnlyKeys(ids);
        assertThat(versionsByKey).allSatisfy((key, versions) -> assertThat(versions).isEqualTo(oneToFive));
        Map<String, List<String>> typesByKey = records.stream().collect(groupingBy(ConsumerRecord::key,
                mapping(record -> header(record, CloudEventHeaders.CE_TYPE), toList())));
        assertThat(typesByKey).allSatisfy((key, types) -> assertThat(types).containsExactly(
                EventTypes.ACTIVITY_RECORDED, EventTypes.ACTIVITY_REVISED, EventTypes.ACTIVITY_REVISED,
                EventTypes.ACTIVITY_REVISED, EventTypes.ACTIVITY_REVISED));
    }

    @Test
    void aStaleRevisionWritesNothingAndPublishesNothing() {
        String topic = uniqueTopic("stale");
        String id = "act-" + UUID.randomUUID();
        store.record(ACTIVITIES, topic, Activities.meeting(id, 1));
        assertThat(store.revise(ACTIVITIES, topic, Activities.meeting(id, 2))).isTrue();

        assertThat(store.revise(ACTIVITIES, topic, Activities.meeting(id, 2))).isFalse();

        Document stored = awaitPublished(id, 2);
        assertThat(stored.getList(OutboxDocuments.EVENTS, Document.class)).hasSize(2);
        assertThat(TopicReader.readAll(topic)).hasSize(2);
    }

    @Test
    void aDocumentNobodyNamedIsPublishedByASweepWhenAWakeUpNamesNone() {
        String topic = uniqueTopic("untold");
        String untold = "act-" + UUID.randomUUID();
        String named = "act-" + UUID.randomUUID();
        store.recordUntold(ACTIVITIES, topic, Activities.meeting(untold, 1));
        store.record(ACTIVITIES, topic, Activities.meeting(named, 1));
        awaitPublished(named, 1);
        // The named document went out by its id; the other waits for a sweep (every hour here, or when asked).
        assertThat(store.find(ACTIVITIES, untold)).containsKey(OutboxDocuments.PENDING_SINCE);

        relay.wakeUp();

        awaitPublished(untold, 1);
        assertThat(TopicReader.readAll(topic)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(named, untold);
    }

    @Test
    void theBacklogReadsEmptyOnceTheNamedDocumentsWentOutWithoutWaitingForASweep() {
        relay.wakeUp();
        await("a sweep finds nothing pending").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> relay.backlog().get(ACTIVITIES).pendingEvents() == 0);
        String id = "act-" + UUID.randomUUID();
        Instant written = Instant.now();

        store.record(ACTIVITIES, uniqueTopic("backlog"), Activities.meeting(id, 1));

        // Sweeps run every hour here: only the by-id publication can have emptied the backlog.
        awaitBacklogEmptySince(written);
        assertThat(isPublished(store.find(ACTIVITIES, id), 1)).isTrue();
    }

    @Test
    void afterASweepThatPublishedWhatWasLeftTheBacklogEmptiesWithTheNamedDocumentsAlone() {
        String topic = uniqueTopic("left");
        String left = "act-" + UUID.randomUUID();
        store.recordUntold(ACTIVITIES, topic, Activities.meeting(left, 1));
        relay.wakeUp();
        awaitPublished(left, 1);
        String named = "act-" + UUID.randomUUID();
        Instant written = Instant.now();

        store.record(ACTIVITIES, topic, Activities.meeting(named, 1));

        // The sweep took what a crash or another replica would have left, and published it: no second sweep is needed
        // (every hour here) for the backlog to read empty once the named document went out.
        awaitBacklogEmptySince(written);
        assertThat(isPublished(store.find(ACTIVITIES, named), 1)).isTrue();
    }

    @Test
    void aDocumentNobodyNamedIsPublishedByTheNextSweep() {
        String collection = "outbox_it_sweep_" + UUID.randomUUID().toString().replace("-", "");
        String topic = uniqueTopic("sweep");
        OutboxProperties properties = new OutboxProperties();
        properties.setCollections(List.of(collection));
        properties.setPollInterval(Duration.ofMillis(100));
        properties.setSweepInterval(Duration.ofMillis(300));
        OutboxRelay sweeping = new OutboxRelay(mongo, kafka.buildProducerProperties(), properties, new SimpleMeterRegistry());
        try {
            sweeping.start();
            String untold = "act-" + UUID.randomUUID();
            store.recordUntold(collection, topic, Activities.meeting(untold, 1));
            await("the sweep publishes " + untold).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> isPublished(store.find(collection, untold), 1));
            assertThat(TopicReader.readAll(topic)).extracting(ConsumerRecord::key).containsExactly(untold);
        } finally {
            sweeping.stop();
            mongo.dropCollection(collection);
        }
    }

    /** Waits until the relay's backlog of the collection reads empty, as measured after {@code written}. */
    private void awaitBacklogEmptySince(Instant written) {
        await("the backlog measured empty after the write").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    OutboxBacklog backlog = relay.backlog().get(ACTIVITIES);
                    return backlog.pendingEvents() == 0 && backlog.measuredAt().isAfter(written);
                });
    }

    private Document awaitPublished(String id, int events) {
        await(events + " events of " + id + " published").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> isPublished(store.find(ACTIVITIES, id), events));
        return store.find(ACTIVITIES, id);
    }

    private static boolean isPublished(Document stored, int events) {
        return stored != null
                && stored.getInteger(OutboxDocuments.EVENT_COUNT) == events
                && stored.getInteger(OutboxDocuments.PUBLISHED_COUNT) == events
                && !stored.containsKey(OutboxDocuments.PENDING_SINCE);
    }

    private static long versionOf(ConsumerRecord<String, byte[]> record) {
        return JsonMapper.shared().readTree(record.value()).get("version").asLong();
    }

    private static String uniqueTopic(String test) {
        return "outbox-it." + test + "." + UUID.randomUUID();
    }
}
