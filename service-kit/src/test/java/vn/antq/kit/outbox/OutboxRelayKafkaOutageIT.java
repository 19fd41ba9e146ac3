package vn.antq.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.antq.kit.testapp.outbox.ActivityStore.OUTAGE_ACTIVITIES;
import static vn.antq.kit.testapp.outbox.TopicReader.header;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.infra.InProcessKafka;
import vn.antq.kit.testapp.outbox.Activities;
import vn.antq.kit.testapp.outbox.ActivityStore;
import vn.antq.kit.testapp.outbox.OutboxIntegrationTest;
import vn.antq.kit.testapp.outbox.TopicReader;
import vn.antq.testsupport.EmbeddedInfrastructure;
import vn.antq.testsupport.NeedsInProcessInfrastructure;

/** Kafka being down delays publication and loses nothing (DESIGN §2 "No lost events"). */
@OutboxIntegrationTest
@NeedsInProcessInfrastructure
class OutboxRelayKafkaOutageIT {

    @Autowired
    ActivityStore store;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaHealthIndicator kafkaHealth;

    @Autowired
    OutboxHealthIndicator outboxHealth;

    @Test
    void writesAcceptedWhileKafkaIsDownArePublishedExactlyOnceWhenItComesBack() {
        InProcessKafka kafka = EmbeddedInfrastructure.kafka();
        String topic = "outbox-it.outage." + UUID.randomUUID();
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "act-" + UUID.randomUUID()).toList();
        double failuresBefore = failures();
        try {
            kafka.stop();

            ids.forEach(id -> store.record(OUTAGE_ACTIVITIES, topic, Activities.meeting(id, 1)));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(pendingGauge()).isEqualTo(50);
                assertThat(failures()).isGreaterThan(failuresBefore);
                assertThat(relay.failure()).isPresent();
            });
            assertThat(ids).allSatisfy(id -> {
                Document stored = store.find(OUTAGE_ACTIVITIES, id);
                assertThat(stored.getInteger(OutboxDocuments.PUBLISHED_COUNT)).isZero();
                assertThat(stored).containsKey(OutboxDocuments.PENDING_SINCE);
            });
            assertThat(relay.backlog().get(OUTAGE_ACTIVITIES).pendingEvents()).isEqualTo(50);
            assertThat(kafkaHealth.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(outboxHealth.health().getDetails()).containsKey("failing");

            kafka.restart();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> ids.stream().allMatch(this::isPublished));
        } finally {
            if (!kafka.isRunning()) {
                kafka.restart();
            }
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(pendingGauge()).isZero();
            assertThat(relay.failure()).isEmpty();
        });
        assertThat(kafkaHealth.health().getStatus()).isEqualTo(Status.UP);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(topic);
        assertThat(records).hasSize(50);
        assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(records).extracting(record -> header(record, CloudEventHeaders.CE_ID)).doesNotHaveDuplicates();
    }

    private boolean isPublished(String id) {
        Document stored = store.find(OUTAGE_ACTIVITIES, id);
        return stored.getInteger(OutboxDocuments.PUBLISHED_COUNT) == 1 && !stored.containsKey(OutboxDocuments.PENDING_SINCE);
    }

    private double pendingGauge() {
        return meters.get("antq.outbox.pending").tag("collection", OUTAGE_ACTIVITIES).gauge().value();
    }

    private double failures() {
        return meters.get("antq.outbox.publish.failures").tag("collection", ActivityStore.ACTIVITIES).counter().count()
                + meters.get("antq.outbox.publish.failures").tag("collection", OUTAGE_ACTIVITIES).counter().count();
    }
}
