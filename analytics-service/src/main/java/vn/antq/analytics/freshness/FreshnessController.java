package vn.antq.analytics.freshness;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
@RequestMapping("/api/v1/analytics")
class FreshnessController {

    static final List<String> TOPICS = List.of(Topics.ACTIVITY, Topics.MODEL, Topics.AWARD);

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
    Map<String, Object> freshness() {
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
        List<Map<String, Object>> topics = new ArrayList<>();
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
            List<Map<String, Object>> partitions = new ArrayList<>();
            long topicLag = 0;
            Instant topicNewest = null;
            for (Map.Entry<Integer, Long> entry : partitionEnds.entrySet()) {
                Document progress = applied.get(WriterProgress.liveWriter(topic, entry.getKey()));
                Long appliedOffset = progress == null ? null : ((Number) progress.get("offset")).longValue();
                Long end = entry.getValue();
                Long lag = end == null ? null : Math.max(0, end - (appliedOffset == null ? 0 : appliedOffset + 1));
                Instant lastEvent = progress == null ? null : instant(progress.get("lastEventTime"));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("partition", entry.getKey());
                row.put("appliedOffset", appliedOffset);
                row.put("endOffset", end);
                row.put("lag", lag);
                row.put("lastEventTime", text(lastEvent));
                row.put("appliedAt", progress == null ? null : text(instant(progress.get("appliedAt"))));
                partitions.add(row);
                topicLag += lag == null ? 0 : lag;
                topicNewest = newer(topicNewest, lastEvent);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", topic);
            row.put("lag", kafkaAnswered ? topicLag : null);
            row.put("lastEventTime", text(topicNewest));
            row.put("partitions", partitions);
            topics.add(row);
            totalLag += topicLag;
            newest = newer(newest, topicNewest);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("topics", topics);
        answer.put("lag", kafkaAnswered ? totalLag : null);
        answer.put("lastEventTime", text(newest));
        answer.put("generation", generations.activeForQueries());
        answer.put("rebuilding", generations.building() != null);
        answer.put("asOf", Answers.asOf(clock));
        return answer;
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
