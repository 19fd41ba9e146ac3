package vn.antq.kit.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.antq.contracts.EventContract;
import vn.antq.kit.testapp.outbox.Activities;

class CloudEventRecordTest {

    private static final PendingEvent EVENT = PendingEvent.of(EventContract.ACTIVITY_RECORDED,
            Activities.meeting("act-1", 1, "recorder-1", 120, Instant.parse("2024-05-01T08:30:00.120Z")),
            "/antq/event-service");

    @Test
    void theAttributesTravelAsCloudEventsBinaryModeHeaders() {
        ProducerRecord<String, byte[]> record = CloudEventRecord.of(EVENT);

        assertThat(header(record, "ce_id")).isEqualTo(EVENT.eventId());
        assertThat(header(record, "ce_source")).isEqualTo("/antq/event-service");
        assertThat(header(record, "ce_type")).isEqualTo("vn.antq.activity.recorded.v1");
        assertThat(header(record, "ce_subject")).isEqualTo("act-1");
        assertThat(header(record, "ce_time")).isEqualTo("2024-05-01T08:30:00.120Z");
        assertThat(header(record, "ce_dataschema")).isEqualTo("https://antq.vn/schemas/vn.antq.activity.recorded.v1.json");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(record.headers().toArray()).hasSize(8);
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void everyEventTypeCarriesTheIdOfItsSchemaAsDataschema(EventContract contract) {
        PendingEvent event = new PendingEvent("e-1", contract.type(), contract.topic(), "k", "k", "/antq/test", 1, "a",
                Instant.parse("2024-05-01T08:30:00Z"), "{}");

        assertThat(header(CloudEventRecord.of(event), "ce_dataschema"))
                .isEqualTo("https://antq.vn/schemas/" + contract.type() + ".json")
                .isEqualTo(contract.schemaId());
    }

    @Test
    void ceTimeIsTheBodysOccurredAtTruncatedToTheMillisecondWithFractionDigitsOnlyWhenNeeded() {
        Instant fine = Instant.parse("2024-05-01T08:30:00.123456789Z");
        PendingEvent event = PendingEvent.of(EventContract.ACTIVITY_RECORDED, Activities.meeting("act-2", 1, "recorder-1", 120, fine),
                "/antq/event-service");
        PendingEvent whole = PendingEvent.of(EventContract.ACTIVITY_RECORDED,
                Activities.meeting("act-3", 1, "recorder-1", 120, Instant.parse("2024-05-01T08:30:00Z")), "/antq/event-service");

        assertThat(header(CloudEventRecord.of(event), "ce_time")).isEqualTo("2024-05-01T08:30:00.123Z");
        assertThat(event.payload()).contains("\"occurredAt\":\"2024-05-01T08:30:00.123456789Z\"");
        assertThat(header(CloudEventRecord.of(whole), "ce_time")).isEqualTo("2024-05-01T08:30:00Z");
    }

    @Test
    void theRecordGoesToTheEventsTopicKeyedByAggregateIdWithTheBodyAsValue() {
        ProducerRecord<String, byte[]> record = CloudEventRecord.of(EVENT);

        assertThat(record.topic()).isEqualTo("antq.activity.v1");
        assertThat(record.key()).isEqualTo("act-1");
        assertThat(new String(record.value(), UTF_8)).isEqualTo(EVENT.payload());
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
