package vn.antq.kit.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * What is waiting in one collection's outboxes, as the relay last measured it.
 *
 * @param pendingEvents      events stored but not yet acknowledged by Kafka
 * @param oldestPendingSince since when the longest-waiting aggregate has had pending events; null when none
 * @param measuredAt         when the relay counted
 */
public record OutboxBacklog(long pendingEvents, Instant oldestPendingSince, Instant measuredAt) {

    static OutboxBacklog empty(Instant now) {
        return new OutboxBacklog(0, null, now);
    }

    /** How long the oldest pending event has waited at {@code now}; zero when nothing is pending. */
    public Duration oldestPendingAge(Instant now) {
        return oldestPendingSince == null ? Duration.ZERO : Duration.between(oldestPendingSince, now);
    }
}
