package vn.antq.analytics.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.EventBody;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.testsupport.TestInfrastructure;

/**
 * Publishes contract events straight onto the topics, as the recording services' relays do: binary-mode
 * CloudEvents, key = the aggregate key, body = the JSON of the record. No other service is needed.
 */
public final class Events implements AutoCloseable {

    private static final EventJson JSON = new EventJson();

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.LINGER_MS_CONFIG, 5,
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    public void publish(EventContract contract, EventBody body) {
        send(contract.topic(), body.kafkaKey(), JSON.writeBytes(body), Map.of(
                CloudEventHeaders.CE_TYPE, contract.type(),
                CloudEventHeaders.CE_SUBJECT, body.id(),
                CloudEventHeaders.CE_TIME, body.occurredAt().toString()));
    }

    /** Any record: for poison messages. {@code ce_id}, {@code ce_source} and {@code ce_specversion} are added. */
    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventHeaders.CE_ID, bytes(UUID.randomUUID().toString()));
        record.headers().add(CloudEventHeaders.CE_SOURCE, bytes("/antq/analytics-tests"));
        record.headers().add(CloudEventHeaders.CE_SPECVERSION, bytes(CloudEventHeaders.SPEC_VERSION));
        record.headers().add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.CONTENT_TYPE_JSON));
        headers.forEach((name, value1) -> record.headers().add(name, bytes(value1)));
        producer.send(record);
    }

    /** Waits until everything sent is on the broker. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
