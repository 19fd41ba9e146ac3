package vn.antq.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.testsupport.TopicRecords;

/**
 * Poison messages go to {@code antq.activity.v1.dlt} with the original key, value and headers and the reason;
 * the good message behind them on the same partition is applied.
 */
@AnalyticsIntegrationTest
class DeadLetterIT {

    /** Hà Nội, Quận Hoàn Kiếm, Phường Đồng Xuân: only this test records activities here. */
    private static final Locality DONG_XUAN = new Locality("01", "002", "00040");

    @LocalServerPort
    int port;

    @Test
    void poisonIsDeadLetteredWithItsReasonAndTheNextGoodMessageIsApplied() {
        String id = "dlt-" + UUID.randomUUID();
        ActivityEvent good = TestEvents.activity(id, 1, "FARMERS", List.of(), DONG_XUAN, ActivityKind.SEMINAR,
                LocalDate.of(2021, 9, 9), 77, 30, 5, 0, 0, ActivityStatus.RECORDED);
        String json = new EventJson().write(good);
        Map<String, String> recorded = Map.of(CloudEventHeaders.CE_TYPE, EventTypes.ACTIVITY_RECORDED);
        try (Events events = new Events()) {
            // All with the good event's key, so all on its partition, before it.
            events.send(Topics.ACTIVITY, id, bytes("{not json"), recorded);
            events.send(Topics.ACTIVITY, id, bytes(json), Map.of(CloudEventHeaders.CE_TYPE, "vn.antq.activity.teleported.v1"));
            events.send(Topics.ACTIVITY, id, bytes(json.replace("\"participants\":77", "\"participants\":-1")), recorded);
            events.send(Topics.ACTIVITY, id, bytes(json.replace("\"women\":30", "\"women\":700")), recorded);
            events.send(Topics.ACTIVITY, id, bytes(json), Map.of());
            events.send(Topics.ACTIVITY, id, bytes(json.replace(id, id + "-other")), recorded);
            events.send(Topics.ACTIVITY, id, bytes(json), Map.of(CloudEventHeaders.CE_TYPE, EventTypes.AWARD_CHANGED));
            events.publish(EventContract.ACTIVITY_RECORDED, good);
        }

        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Api.totals(api.get(
                "/participation?locality=00040&groupBy=agency"))).containsEntry("participants", 77));

        List<ConsumerRecord<String, byte[]>> letters = TopicRecords.embedded().withKey(Topics.dlt(Topics.ACTIVITY), id);
        assertThat(letters).hasSize(7);
        assertThat(letters).extracting(letter -> TopicRecords.header(letter, "x-antq-dlt-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("not valid JSON"),
                reason -> assertThat(reason).contains("unknown event type 'vn.antq.activity.teleported.v1'"),
                reason -> assertThat(reason).contains("$.participants"),
                reason -> assertThat(reason).contains("women (700) must not exceed participants (77)"),
                reason -> assertThat(reason).contains("missing header ce_type"),
                reason -> assertThat(reason).contains("is not the aggregate key"),
                reason -> assertThat(reason).contains("belongs on antq.award.v1"));
        ConsumerRecord<String, byte[]> first = letters.get(0);
        assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(TopicRecords.header(first, "x-antq-original-topic")).isEqualTo(Topics.ACTIVITY);
        assertThat(TopicRecords.header(first, "x-antq-original-partition")).matches("[0-9]+");
        assertThat(TopicRecords.header(first, "x-antq-original-offset")).matches("[0-9]+");
        assertThat(TopicRecords.header(first, CloudEventHeaders.CE_TYPE)).isEqualTo(EventTypes.ACTIVITY_RECORDED);
        assertThat(TopicRecords.header(first, CloudEventHeaders.CE_ID)).isNotBlank();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
