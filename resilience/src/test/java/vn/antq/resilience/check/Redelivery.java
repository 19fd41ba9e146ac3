package vn.antq.resilience.check;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends records that are on a topic once more, byte for byte with their headers (same {@code ce_id}), as a relay
 * does after a crash between Kafka's acknowledgement and marking the event sent: analytics must ignore them.
 */
public final class Redelivery {

    private Redelivery() {
    }

    public static void resend(String bootstrapServers, List<ConsumerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> record : records) {
                ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                        record.headers());
                producer.send(copy);
            }
            producer.flush();
        }
    }
}
