package vn.antq.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.antq.contracts.Topics;

/**
 * Publishes poison records to {@code <topic>.dlt} with their original key, value and headers, plus why and where
 * they came from. Synchronous: the batch completes (and its offsets are committed) only once the dead letters
 * are on Kafka, so a poison record is never lost; a batch that is retried does not publish the same one twice.
 */
public class DeadLetters implements AutoCloseable {

    public static final String REASON = "x-antq-dlt-reason";
    public static final String ORIGINAL_TOPIC = "x-antq-original-topic";
    public static final String ORIGINAL_PARTITION = "x-antq-original-partition";
    public static final String ORIGINAL_OFFSET = "x-antq-original-offset";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final int REMEMBERED = 10_000;

    private final KafkaProducer<byte[], byte[]> producer;
    /** Records already dead-lettered, so that a retried batch does not repeat them. */
    private final Set<String> sent = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    public DeadLetters(Map<String, Object> producerProperties) {
        Map<String, Object> properties = new LinkedHashMap<>(producerProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    void publish(List<Decoded.Poison> poison) {
        List<Future<RecordMetadata>> sending = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Decoded.Poison letter : poison) {
            IncomingRecord record = letter.record();
            String id = record.topic() + ":" + record.partition() + ":" + record.offset();
            if (sent.contains(id)) {
                continue;
            }
            log.warn("Dead-lettering {} offset {}: {}", record.topic() + "-" + record.partition(), record.offset(),
                    letter.reason());
            sending.add(producer.send(toDeadLetter(record, letter.reason())));
            ids.add(id);
        }
        for (Future<RecordMetadata> future : sending) {
            await(future);
        }
        sent.addAll(ids);
    }

    static ProducerRecord<byte[], byte[]> toDeadLetter(IncomingRecord record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach((name, value) -> headers.add(name, bytes(value)));
        headers.add(REASON, bytes(reason));
        headers.add(ORIGINAL_TOPIC, bytes(record.topic()));
        headers.add(ORIGINAL_PARTITION, bytes(String.valueOf(record.partition())));
        headers.add(ORIGINAL_OFFSET, bytes(String.valueOf(record.offset())));
        return new ProducerRecord<>(Topics.dlt(record.topic()), null, record.key(), record.value(), headers);
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] bytes ? bytes : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void await(Future<RecordMetadata> future) {
        try {
            future.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not dead-letter a poison record; the batch will be retried", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
