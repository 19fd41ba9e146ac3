package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Redelivery;
import vn.antq.resilience.check.TopicCounts;
import vn.antq.resilience.stack.Platform;

/**
 * Duplicates on purpose: a sample of a scenario's records sent once more (a relay that crashed between Kafka's
 * acknowledgement and marking them sent does exactly this). Analytics must skip them and its totals stay put.
 */
final class Duplicates {

    private static final int SAMPLE = 200;

    private Duplicates() {
    }

    static void sendAgainAndAwaitIgnored(Platform platform, AnalyticsView analytics, TopicCounts onTopic,
                                         AcceptedActivities book, String province) {
        long skippedBefore = analytics.eventCounters().getOrDefault("skipped", 0L);
        List<ConsumerRecord<String, byte[]>> sample = onTopic.matching().stream()
                .limit(Math.min(SAMPLE, onTopic.matching().size())).toList();
        Redelivery.resend(platform.broker().bootstrapServers(), sample);
        await("analytics caught up after " + sample.size() + " duplicates").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> Long.valueOf(0).equals(analytics.lag())
                        && analytics.eventCounters().getOrDefault("skipped", 0L) > skippedBefore);
        Map<String, Long> expected = book.expectedParticipation();
        assertThat(analytics.participation(province)).as("totals after duplicates").isEqualTo(expected);
    }
}
