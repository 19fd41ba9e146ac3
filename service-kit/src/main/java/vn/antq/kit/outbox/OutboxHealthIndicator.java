package vn.antq.kit.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The outbox in {@code /actuator/health} ({@code outbox}): per collection the pending events and the
 * age of the oldest, and the current outage if the relay cannot publish. Always UP: a backlog means
 * late events, not a service that should stop taking writes (the writes are what the outbox keeps
 * safe); alert on {@code antq.outbox.pending} and on the {@code kafka} indicator instead.
 */
public class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;

    public OutboxHealthIndicator(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        Instant now = Instant.now();
        Health.Builder health = Health.up().withDetail("relay", relay.isRunning() ? "running" : "not running");
        relay.backlog().forEach((collection, backlog) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("pendingEvents", backlog.pendingEvents());
            details.put("oldestPendingAge", backlog.oldestPendingAge(now).toString());
            details.put("measuredAt", backlog.measuredAt().toString());
            health.withDetail(collection, details);
        });
        relay.failure().ifPresent(failure -> health.withDetail("failing", Map.of(
                "reason", failure.reason(),
                "since", failure.since().toString(),
                "attempts", failure.attempts())));
        return health.build();
    }
}
