package vn.antq.bench.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.activity.ActivityEvent;

/**
 * Puts contract events straight onto the topics, as a recording service's relay would: binary-mode CloudEvents,
 * key = the aggregate key, body = the event's JSON. Pre-loads a topic for the benchmarks that measure the consumers
 * alone. Batches generously: the point is to have the records there, fast.
 */
public final class EventPublisher implements AutoCloseable {

    private static final EventJson JSON = new EventJson();

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public EventPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    public void publish(ActivityEvent activity) {
        EventContract contract = activity.version() == 1 ? EventContract.ACTIVITY_RECORDED : EventContract.ACTIVITY_REVISED;
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(contract.topic(), activity.kafkaKey(),
                JSON.writeBytes(activity));
        header(record, CloudEventHeaders.CE_ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.CE_SOURCE, "/antq/bench");
        header(record, CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION);
        header(record, CloudEventHeaders.CE_TYPE, contract.type());
        header(record, CloudEventHeaders.CE_SUBJECT, activity.id());
        header(record, CloudEventHeaders.CE_TIME, activity.occurredAt().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON);
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits until everything sent is on the broker; fails if anything was refused. */
    public void flush() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused an event", failure.get());
        }
    }

    @Override
    public void close() {
        flush();
        producer.close();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
