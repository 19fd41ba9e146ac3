package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
 * analytics-service's process is killed (SIGKILL) in the middle of a burst of writes, while it is applying them,
 * and started again: its totals end exactly equal to the accepted writes, nothing lost, nothing counted twice.
 * The short version kills it once in a burst of 600 writes, the full version three times in 20,000.
 */
class AnalyticsKillIT {

    /** Gia Lai: only this scenario records there. */
    private static final String PROVINCE = "64";
    private static final int WORKERS = 4;

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void analyticsKilledMidBurstAndRestartedEndsWithExactTotals() {
        int writes = Scale.count("kill.writes", 600, 20_000);
        int kills = Scale.count("kill.times", 1, 3);
        AcceptedActivities book = new AcceptedActivities();
        ActivityRecorder recorder = new ActivityRecorder(platform.events().http(), platform.tokens(), book);
        List<ActivityRecorder.Worker> workers = new ArrayList<>();
        for (int n = 0; n < WORKERS; n++) {
            workers.add(recorder.new Worker(new Places(PROVINCE), 6400 + n));
        }
        AnalyticsProcess analytics = platform.analytics();
        AnalyticsView view = new AnalyticsView(analytics.http(), platform.tokens().ops());

        Burst burst = Burst.start(WORKERS, writes / WORKERS, () -> false, n -> workers.get(n)::next);
        List<Long> appliedAtKill = new ArrayList<>();
        long skippedBaseline = view.eventCounters().getOrDefault("skipped", 0L);
        long ignoredByKilledInstances = 0;
        for (int kill = 1; kill <= kills; kill++) {
            long threshold = (long) writes * kill / (kills + 1);
            await("the burst past " + threshold + " writes, with analytics applying them").atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> burst.accepted() >= threshold && view.participation(PROVINCE).get("activities") > 0);
            appliedAtKill.add(view.participation(PROVINCE).get("activities"));
            ignoredByKilledInstances += view.eventCounters().getOrDefault("skipped", 0L) - skippedBaseline;
            skippedBaseline = 0;
            analytics.kill();
            analytics.start();
        }
        Burst.Outcome outcome = burst.await(Duration.ofMinutes(20));
        assertThat(outcome.refused()).as("writes refused").isEmpty();

        ActivityReconciler reconciler = new ActivityReconciler(platform, view);
        reconciler.awaitApplied(book, PROVINCE, Duration.ofMinutes(10));
        long redelivered = view.eventCounters().getOrDefault("skipped", 0L);
        Duplicates.sendAgainAndAwaitIgnored(platform, view, reconciler.onTopic(book), book, PROVINCE);
        Reconciliation result = reconciler.reconcile("analytics-kill", book, PROVINCE,
                ignoredByKilledInstances + view.eventCounters().getOrDefault("skipped", 0L));
        Results.record(result.line() + String.format("; analytics killed %d time(s) mid-burst, with %s activities "
                        + "applied at each kill; records redelivered after the last restart and skipped as already "
                        + "applied %,d", kills, appliedAtKill, redelivered));
        result.assertExact();
    }
}
