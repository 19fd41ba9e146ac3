package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.resilience.Scale;
import vn.antq.resilience.api.ActivityRecorder;
import vn.antq.resilience.api.Burst;
import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.ActivityReconciler;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Reconciliation;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.AnalyticsProcess;
import vn.antq.resilience.stack.Platform;

/**
 * A second analytics-service instance joins the consumer group during a burst of writes and leaves it again
 * (politely; the full version also kills it): two rebalances under load, and the totals end exact.
 */
class RebalanceIT {

    /** Lâm Đồng: only this scenario records there. */
    private static final String PROVINCE = "68";
    private static final int WORKERS = 4;

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    private static void awaitWrites(Burst burst, long writes) {
        await(writes + " writes accepted").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> burst.accepted() >= writes);
    }

    @Test
    void aSecondInstanceJoiningAndLeavingDuringABurstLeavesExactTotals() {
        int writes = Scale.count("rebalance.writes", 400, 10_000);
        boolean killSecond = Scale.full();
        AcceptedActivities book = new AcceptedActivities();
        ActivityRecorder recorder = new ActivityRecorder(platform.events().http(), platform.tokens(), book);
        List<ActivityRecorder.Worker> workers = new ArrayList<>();
        for (int n = 0; n < WORKERS; n++) {
            workers.add(recorder.new Worker(new Places(PROVINCE), 6800 + n));
        }
        AnalyticsView first = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        long skippedBefore = first.eventCounters().getOrDefault("skipped", 0L);
        AnalyticsProcess second = platform.newAnalyticsInstance("analytics-2");
        AnalyticsView secondView = new AnalyticsView(second.http(), platform.tokens().ops());

        AtomicBoolean done = new AtomicBoolean();
        Burst burst = Burst.start(WORKERS, Integer.MAX_VALUE, done::get, n -> workers.get(n)::next);
        int step = writes / 4;
        awaitWrites(burst, step);
        second.start();
        long joinedAt = burst.accepted();
        await("the second instance applying part of the burst").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> secondView.eventCounters().getOrDefault("applied", 0L) > 0);
        awaitWrites(burst, joinedAt + step);
        Map<String, Long> secondCounters = secondView.eventCounters();
        if (killSecond) {
            second.kill();
        } else {
            second.stop();
        }
        awaitWrites(burst, burst.accepted() + step);
        done.set(true);
        Burst.Outcome outcome = burst.await(Duration.ofMinutes(20));
        assertThat(outcome.refused()).as("writes refused").isEmpty();

        ActivityReconciler reconciler = new ActivityReconciler(platform, first);
        reconciler.awaitApplied(book, PROVINCE, Duration.ofMinutes(10));
        Duplicates.sendAgainAndAwaitIgnored(platform, first, reconciler.onTopic(book), book, PROVINCE);
        long ignored = first.eventCounters().getOrDefault("skipped", 0L) - skippedBefore
                + secondCounters.getOrDefault("skipped", 0L);
        Reconciliation result = reconciler.reconcile("rebalance", book, PROVINCE, ignored);
        Results.record(result.line() + String.format("; a second instance joined after %,d writes, applied %,d records "
                        + "of the burst and %s after %,d more while the burst went on", step,
                secondCounters.getOrDefault("applied", 0L), killSecond ? "was killed (SIGKILL)" : "left (SIGTERM)", step));
        result.assertExact();
    }
}
