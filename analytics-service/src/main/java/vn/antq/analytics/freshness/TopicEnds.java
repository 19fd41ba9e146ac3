package vn.antq.analytics.freshness;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The end offsets of topics (the offset the next record will get), asked of the broker with an admin client.
 * Used for consumer lag and for the offsets a rebuild's replay must reach.
 */
public class TopicEnds implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;

    public TopicEnds(Map<String, Object> adminProperties) {
        this.admin = Admin.create(adminProperties);
    }

    /** Every partition of the topics with its end offset; a topic that does not exist yet has none. */
    public Map<TopicPartition, Long> of(Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            Map<String, TopicDescription> descriptions = new HashMap<>();
            for (String topic : topics) {
                try {
                    descriptions.put(topic, admin.describeTopics(List.of(topic)).allTopicNames()
                            .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                }
            }
            descriptions.forEach((topic, description) -> description.partitions()
                    .forEach(partition -> request.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            if (request.isEmpty()) {
                return ends;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                    admin.listOffsets(request).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka for end offsets", e);
        } catch (Exception e) {
            throw new KafkaUnavailableException("Kafka did not answer with end offsets: " + e, e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    /** The broker could not be asked. */
    public static class KafkaUnavailableException extends RuntimeException {

        public KafkaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
