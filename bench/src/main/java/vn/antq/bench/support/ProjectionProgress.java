package vn.antq.bench.support;

import static com.mongodb.client.model.Filters.in;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/**
 * Watches analytics-service's own record of its progress ({@code projection_state}: per topic partition, the last
 * offset whose batch is fully applied, and when): the moment the last record of a pre-loaded topic was applied is
 * known to the millisecond, without polling the API.
 */
public final class ProjectionProgress {

    private static final String PROGRESS = "projection_state";
    private static final Duration POLL = Duration.ofMillis(50);

    private final MongoDatabase analytics;

    public ProjectionProgress(MongoDatabase analytics) {
        this.analytics = analytics;
    }

    /**
     * Waits until every partition has been applied up to its end offset (exclusive).
     *
     * @return when the last of them was applied, as analytics-service recorded it
     */
    public Instant awaitApplied(Map<TopicPartition, Long> ends, Duration timeout) {
        return awaitApplied(Map.of(), ends, timeout).last();
    }

    /**
     * When the first batch beyond {@code from} was applied (as first seen, to the polling interval: the earliest
     * {@code appliedAt} among partitions that had moved), and when the last record before {@code ends} was.
     */
    public record Applied(Instant first, Instant last) {
    }

    public Applied awaitApplied(Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Instant first = null;
        while (true) {
            Map<String, Document> progress = progress(ends);
            if (first == null) {
                first = firstMoved(from, progress);
            }
            Instant last = Instant.EPOCH;
            boolean done = true;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                if (end.getValue() == 0) {
                    continue;
                }
                Document writer = progress.get(writer(end.getKey()));
                if (writer == null || ((Number) writer.get("offset")).longValue() < end.getValue() - 1) {
                    done = false;
                    break;
                }
                Instant at = writer.getDate("appliedAt").toInstant();
                last = at.isAfter(last) ? at : last;
            }
            if (done) {
                return new Applied(first == null ? last : first, last);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Analytics did not apply " + ends + " within " + timeout + "; progress "
                        + progress.values());
            }
            sleep(POLL);
        }
    }

    private static Instant firstMoved(Map<TopicPartition, Long> from, Map<String, Document> progress) {
        Instant first = null;
        for (Map.Entry<TopicPartition, Long> start : from.entrySet()) {
            Document writer = progress.get(writer(start.getKey()));
            if (writer != null && ((Number) writer.get("offset")).longValue() >= start.getValue()) {
                Instant at = writer.getDate("appliedAt").toInstant();
                first = first == null || at.isBefore(first) ? at : first;
            }
        }
        return first;
    }

    /** Records applied so far, summed over the partitions. */
    public long applied(Map<TopicPartition, Long> ends) {
        Map<String, Document> progress = progress(ends);
        long applied = 0;
        for (TopicPartition partition : ends.keySet()) {
            Document writer = progress.get(writer(partition));
            applied += writer == null ? 0 : ((Number) writer.get("offset")).longValue() + 1;
        }
        return applied;
    }

    private Map<String, Document> progress(Map<TopicPartition, Long> ends) {
        List<String> ids = ends.keySet().stream().map(ProjectionProgress::writer).toList();
        Map<String, Document> progress = new HashMap<>();
        for (Document document : analytics.getCollection(PROGRESS).find(in("_id", ids))) {
            progress.put(document.getString("_id"), document);
        }
        return progress;
    }

    private static String writer(TopicPartition partition) {
        return partition.topic() + ":" + partition.partition();
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
