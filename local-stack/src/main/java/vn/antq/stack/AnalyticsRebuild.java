package vn.antq.stack;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Has analytics-service rebuild its projections from the topics' full history ({@code POST
 * /api/v1/analytics/rebuild}, ADMIN) and waits until it has switched to the rebuilt ones.
 * <p>
 * The stack does this when it starts after being killed: the in-process MongoDB-wire server writes its file about
 * once a second, so a kill can take the last second of analytics' projection writes with it while Kafka keeps the
 * consumer offsets committed after them. Replaying from Kafka restores exactly what the events say.
 */
final class AnalyticsRebuild {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRebuild.class);
    private static final String REBUILD = "/api/v1/analytics/rebuild";
    private static final Duration POLL = Duration.ofSeconds(1);

    private AnalyticsRebuild() {
    }

    static void run(ServiceClient analytics, String adminToken, Duration timeout) {
        long started = System.nanoTime();
        ServiceClient.Reply reply = analytics.postJson(REBUILD, adminToken, null, Map.of(), Set.of(202, 409));
        if (reply.status() == 409) {
            log.info("Analytics is rebuilding already");
            return;
        }
        String id = reply.text("id");
        long deadline = started + timeout.toNanos();
        JsonNode rebuild = reply.body();
        while (!"DONE".equals(rebuild.path("state").asString())) {
            if ("FAILED".equals(rebuild.path("state").asString()) || System.nanoTime() > deadline) {
                throw new ServiceCallException("The analytics rebuild " + id + " did not finish: " + rebuild);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceCallException("Interrupted while analytics rebuilt", e);
            }
            rebuild = analytics.get(REBUILD + "/" + id, adminToken, Set.of(200)).body();
        }
        log.info("Analytics rebuilt its projections from Kafka in {} ms ({} records read)",
                (System.nanoTime() - started) / 1_000_000, rebuild.path("recordsRead").asLong());
    }
}
