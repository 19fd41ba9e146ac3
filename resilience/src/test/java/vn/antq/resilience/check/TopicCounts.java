package vn.antq.resilience.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.testsupport.TopicRecords;

/**
 * What is on a topic for a set of aggregates: every record, and the events among them by distinct {@code ce_id}.
 * More records than distinct ids means an event went out twice (allowed: delivery is at-least-once, and consumers
 * drop a version they have passed).
 */
public record TopicCounts(long records, long distinctEvents, List<ConsumerRecord<String, byte[]>> matching) {

    public long duplicates() {
        return records - distinctEvents;
    }

    public static TopicCounts of(String bootstrapServers, String topic, Predicate<ConsumerRecord<String, byte[]>> filter) {
        List<ConsumerRecord<String, byte[]>> records = new TopicRecords(bootstrapServers).matching(topic, filter);
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(TopicRecords.header(record, CloudEventHeaders.CE_ID)));
        return new TopicCounts(records.size(), ids.size(), records);
    }

    /** The records whose key is one of {@code keys}. */
    public static TopicCounts ofKeys(String bootstrapServers, String topic, Set<String> keys) {
        return of(bootstrapServers, topic, record -> keys.contains(record.key()));
    }
}
