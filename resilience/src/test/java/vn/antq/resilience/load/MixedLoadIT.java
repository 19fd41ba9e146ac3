package vn.antq.resilience.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.resilience.Scale;
import vn.antq.resilience.check.ActivityReconciler;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Reconciliation;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;

/**
 * Sustained mixed load on the whole platform: the four agencies writing to the three recording services and ops
 * staff reading analytics, at a stated rate for a stated time (short: 15 requests/s for 20 s; full: 25 requests/s
 * for 5 minutes; {@code -Dresilience.load.rate}, {@code -Dresilience.load.duration}). It reports the error rate and
 * the latency percentiles per kind of request; it asserts correctness only (no 5xx, no stack trace, every write
 * accepted, analytics' totals exact), never timing.
 */
class MixedLoadIT {

    /** Bình Định: only this scenario records there. */
    private static final String PROVINCE = "52";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void sustainedMixedLoadLeavesEveryAnswerCleanAndAnalyticsExact() {
        int rate = Scale.count("load.rate", 15, 25);
        Duration duration = Scale.duration("load.duration", Duration.ofSeconds(20), Duration.ofMinutes(5));
        int maxInFlight = Scale.count("load.in-flight", 16, 32);
        String run = UUID.randomUUID().toString().substring(0, 8);
        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        long skippedBefore = analytics.eventCounters().getOrDefault("skipped", 0L);
        MixedLoad load = new MixedLoad(platform, new Places(PROVINCE), 5200, run);
        load.prepare();

        MixedLoad.Outcome outcome = load.run(rate, duration, maxInFlight);

        StringBuilder table = new StringBuilder("\n| request | count | errors | p50 ms | p90 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|\n");
        outcome.summaries().forEach(summary -> table.append(summary.row()).append('\n'));
        int writes = outcome.summaries().stream().filter(summary -> !summary.operation().startsWith("read.")
                && !summary.operation().equals("all")).mapToInt(summary -> summary.requests() - summary.errors()).sum();
        String stated = String.format("%d requests/s for %d s (%,d requests scheduled, at most %d in flight), "
                        + "took %.1f s, %,d started late (all workers busy); error rate %.2f%% (%,d of %,d); %,d writes "
                        + "accepted across the three recording services, %,d analytics reads",
                rate, duration.toSeconds(), outcome.requests(), maxInFlight, outcome.took().toMillis() / 1000.0,
                outcome.lateStarts(), 100.0 * outcome.errors() / Math.max(1, outcome.requests()), outcome.errors(),
                outcome.requests(), writes, outcome.requests() - writes - outcome.errors());
        assertThat(outcome.dirty()).as("answers that were not clean, or writes refused, under load: " + stated).isEmpty();
        assertThat(outcome.errors()).as("requests not answered 2xx: " + stated).isZero();

        ActivityReconciler reconciler = new ActivityReconciler(platform, analytics);
        reconciler.awaitApplied(load.book(), PROVINCE, Duration.ofMinutes(5));
        new Outboxes(platform).awaitAllPublished(Duration.ofMinutes(2));
        MixedLoad.Expected expected = load.expected();
        await("analytics shows the models, reports, reviews and awards of the load").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> assertFigures(analytics, expected));
        Reconciliation result = reconciler.reconcile("load", load.book(), PROVINCE,
                analytics.eventCounters().getOrDefault("skipped", 0L) - skippedBefore);
        Results.record(result.line() + "; " + stated + String.format("; analytics also exact for models (ACTIVE %d, "
                        + "SUSPENDED %d, reports %d), reviews %d, awards (nominated %d, approved %d, conferred %d)",
                expected.active(), expected.suspended(), expected.reports(), expected.reviews(), expected.nominated(),
                expected.approved(), expected.conferred()) + table);
        result.assertExact();
    }

    private static void assertFigures(AnalyticsView analytics, MixedLoad.Expected expected) {
        Map<String, Long> models = analytics.models(PROVINCE);
        assertThat(models.get("ACTIVE")).as("ACTIVE models").isEqualTo(expected.active());
        assertThat(models.get("SUSPENDED")).as("SUSPENDED models").isEqualTo(expected.suspended());
        assertThat(models.get("reports")).as("model reports").isEqualTo(expected.reports());
        assertThat(analytics.reviews(PROVINCE)).as("reviews").isEqualTo(expected.reviews());
        Map<String, Long> awards = analytics.awards(PROVINCE);
        assertThat(awards.entrySet().stream().filter(e -> e.getKey().matches("nominated|approved|conferred"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("awards by status").isEqualTo(Map.of("nominated", expected.nominated(),
                        "approved", expected.approved(), "conferred", expected.conferred()));
    }
}
