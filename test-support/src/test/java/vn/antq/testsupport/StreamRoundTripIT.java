package vn.antq.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

@SpringBootTest(classes = RoundTripApplication.class)
@WithTestInfrastructure
class StreamRoundTripIT {

    @Autowired
    StreamBridge bridge;

    @Test
    void aCloudEventPublishedThroughSpringCloudStreamComesBackWithItsHeaders() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"version\":1}";
        Message<byte[]> event = MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, id)
                .setHeader("ce_id", "evt-" + id)
                .setHeader("ce_source", "/test")
                .setHeader("ce_type", "vn.antq.test.sent.v1")
                .setHeader("ce_specversion", "1.0")
                .setHeader("ce_subject", id)
                .setHeader("content-type", "application/json")
                .build();

        assertThat(bridge.send("sent-out-0", event)).isTrue();

        Message<byte[]> received = awaitMessageWithKey(id);
        assertThat(new String(received.getPayload(), StandardCharsets.UTF_8)).isEqualTo(body);
        // Spring Cloud Function presents CloudEvents attributes under its canonical "ce-" prefix.
        assertThat(CloudEventMessageUtils.getId(received)).isEqualTo("evt-" + id);
        assertThat(CloudEventMessageUtils.getType(received)).isEqualTo("vn.antq.test.sent.v1");
        assertThat(CloudEventMessageUtils.getSpecVersion(received)).isEqualTo("1.0");
        assertThat(CloudEventMessageUtils.getSubject(received)).isEqualTo(id);

        // On the wire they are the Kafka binary-mode headers ce_*, as any other consumer reads them.
        ConsumerRecord<String, byte[]> raw = readRaw("roundtrip.v1", id);
        assertThat(wireHeader(raw, "ce_id")).isEqualTo("evt-" + id);
        assertThat(wireHeader(raw, "ce_type")).isEqualTo("vn.antq.test.sent.v1");
        assertThat(wireHeader(raw, "ce_specversion")).isEqualTo("1.0");
        assertThat(new String(raw.value(), StandardCharsets.UTF_8)).isEqualTo(body);
    }

    private static ConsumerRecord<String, byte[]> readRaw(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "raw-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record with key " + key + " on " + topic);
    }

    private static String wireHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Message<byte[]> awaitMessageWithKey(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Message<byte[]> message = RoundTripApplication.RECEIVED.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (message != null && key.equals(header(message, KafkaHeaders.RECEIVED_KEY))) {
                return message;
            }
        }
        throw new AssertionError("No message with key " + key + " within 30 s");
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
