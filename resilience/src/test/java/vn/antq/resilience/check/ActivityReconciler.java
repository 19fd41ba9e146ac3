package vn.antq.resilience.check;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import vn.antq.contracts.Topics;
import vn.antq.resilience.stack.Platform;

/**
 * Reconciles the activities a scenario recorded: waits (with a deadline) until every outbox is published and
 * analytics shows exactly what the accepted writes say, then counts what is on Kafka and in analytics' ledger.
 */
public final class ActivityReconciler {

    private final Platform platform;
    private final AnalyticsView analytics;

    public ActivityReconciler(Platform platform, AnalyticsView analytics) {
        this.platform = platform;
        this.analytics = analytics;
    }

    /** Until analytics' participation totals for the province equal the accepted writes' (or the timeout fails). */
    public void awaitApplied(AcceptedActivities book, String province, Duration timeout) {
        new Outboxes(platform).awaitAllPublished(timeout);
        Map<String, Long> expected = book.expectedParticipation();
        await("analytics shows the accepted activities of province " + province)
                .atMost(timeout).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> analytics.participation(province).equals(expected)
                        && new Ledger(platform.analyticsDatabase()).atVersion("activity", book.versions()) == book.activities());
    }

    public Reconciliation reconcile(String scenario, AcceptedActivities book, String province, long duplicatesIgnored) {
        Set<String> ids = book.ids();
        TopicCounts onTopic = TopicCounts.ofKeys(platform.broker().bootstrapServers(), Topics.ACTIVITY, ids);
        long applied = new Ledger(platform.analyticsDatabase()).atVersion("activity", book.versions());
        return new Reconciliation(scenario, book.writes(), book.activities(), onTopic.distinctEvents(), onTopic.records(),
                applied, duplicatesIgnored, book.expectedParticipation(), analytics.participation(province));
    }

    /** The records on the activity topic for these activities (to send some again). */
    public TopicCounts onTopic(AcceptedActivities book) {
        return TopicCounts.ofKeys(platform.broker().bootstrapServers(), Topics.ACTIVITY, book.ids());
    }
}
