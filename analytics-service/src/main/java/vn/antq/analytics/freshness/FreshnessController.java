package vn.antq.analytics.freshness;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionStore;
import vn.antq.analytics.projection.WriterProgress;
import vn.antq.analytics.query.Answers;
import vn.antq.contracts.Topics;
import vn.antq.kit.reference.VietnamTime;

/**
 * How fresh the projections are: per topic and partition, the last offset applied, the consumer lag (records on
 * the topic not yet applied) and the time of the last event applied. Any signed-in user may ask.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class FreshnessController {

    static final List<String> TOPICS = Topics.ALL;

    private static final Logger log = LoggerFactory.getLogger(FreshnessController.class);

    private final ProjectionStore store;
    private final TopicEnds topicEnds;
    private final Generations generations;
    private final Clock clock;

    FreshnessController(ProjectionStore store, TopicEnds topicEnds, Generations generations, Clock clock) {
        this.store = store;
        this.topicEnds = topicEnds;
        this.generations = generations;
        this.clock = clock;
    }

    @GetMapping("/freshness")
    @Operation(summary = "How fresh the figures are: per topic, the consumer lag and the time of the last event applied")
    FreshnessAnswer freshness() {
        Map<String, Document> applied = new HashMap<>();
        store.liveProgress().forEach(progress -> applied.put(progress.getString("_id"), progress));
        Map<TopicPartition, Long> ends;
        boolean kafkaAnswered = true;
        try {
            ends = topicEnds.of(TOPICS);
        } catch (TopicEnds.KafkaUnavailableException e) {
            log.warn("Freshness without lag: {}", e.getMessage());
            ends = Map.of();
            kafkaAnswered = false;
        }
        List<FreshnessAnswer.Topic> topics = new ArrayList<>();
        long totalLag = 0;
        Instant newest = null;
        for (String topic : TOPICS) {
            Map<Integer, Long> partitionEnds = new TreeMap<>();
            ends.forEach((partition, end) -> {
                if (partition.topic().equals(topic)) {
                    partitionEnds.put(partition.partition(), end);
                }
            });
            applied.values().stream().filter(progress -> topic.equals(progress.getString("topic")))
                    .forEach(progress -> partitionEnds.putIfAbsent(progress.getInteger("partition"), null));
            List<FreshnessAnswer.Partition> partitions = new ArrayList<>();
            long topicLag = 0;
            Instant topicNewest = null;
            for (Map.Entry<Integer, Long> entry : partitionEnds.entrySet()) {
                Document progress = applied.get(WriterProgress.liveWriter(topic, entry.getKey()));
                Long appliedOffset = progress == null ? null : ((Number) progress.get("offset")).longValue();
                Long end = entry.getValue();
                Long lag = end == null ? null : Math.max(0, end - (appliedOffset == null ? 0 : appliedOffset + 1));
                Instant lastEvent = progress == null ? null : instant(progress.get("lastEventTime"));
                partitions.add(new FreshnessAnswer.Partition(entry.getKey(), appliedOffset, end, lag, text(lastEvent),
                        progress == null ? null : text(instant(progress.get("appliedAt")))));
                topicLag += lag == null ? 0 : lag;
                topicNewest = newer(topicNewest, lastEvent);
            }
            topics.add(new FreshnessAnswer.Topic(topic, kafkaAnswered ? topicLag : null, text(topicNewest), partitions));
            totalLag += topicLag;
            newest = newer(newest, topicNewest);
        }
        return new FreshnessAnswer(topics, kafkaAnswered ? totalLag : null, text(newest), generations.activeForQueries(),
                generations.building() != null, Answers.asOf(clock));
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

    private static Instant newer(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String text(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, VietnamTime.ZONE).toString();
    }
}
