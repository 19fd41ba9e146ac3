package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.resilience.Scale;
import vn.antq.resilience.api.ActivityRecorder;
import vn.antq.resilience.api.Burst;
import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.ActivityReconciler;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Reconciliation;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Agencies;
import vn.antq.resilience.data.Cell;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.AnalyticsProcess;
import vn.antq.resilience.stack.Platform;

/**
 * analytics-service's process is killed (SIGKILL) in the middle of a burst of writes, while it is applying them,
 * and started again: its totals end exactly equal to the accepted writes, nothing lost, nothing counted twice.
 * The short version kills it once in a burst of 600 writes, the full version three times in 20,000. The same again
 * with every activity of the burst in one cell (one agency, commune, month, channel and kind), the cell that the
 * most writes contend for and the largest there is: its totals end exact too.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AnalyticsKillIT {

    /** Gia Lai: only the spread burst records there. */
    private static final String PROVINCE = "64";
    /** Ninh Thuận: only the one-cell burst records there. */
    private static final String HOT_CELL_PROVINCE = "58";
    private static final String CELL_KEYS = "agency,commune,month,channel,kind";
    private static final int WORKERS = 4;

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void analyticsKilledMidBurstAndRestartedEndsWithExactTotals() {
        Places places = new Places(PROVINCE);
        killMidBurst("analytics-kill", PROVINCE, Scale.count("kill.writes", 600, 20_000),
                Scale.count("kill.times", 1, 3), Duration.ofMinutes(10),
                random -> Activity.random(Agencies.any(random), places, random));
    }

    @Test
    void analyticsKilledMidBurstIntoOneCellEndsWithExactCellTotals() {
        Cell cell = new Cell(Agencies.POLICE, new Places(HOT_CELL_PROVINCE).communes().get(0),
                ActivityKind.VILLAGE_MEETING, YearMonth.of(2024, 6));
        AcceptedActivities book = killMidBurst("analytics-kill-hot-cell", HOT_CELL_PROVINCE,
                Scale.count("kill.hot-cell.writes", 600, 20_000), Scale.count("kill.hot-cell.times", 1, 3),
                Duration.ofMinutes(30), cell::activity);

        Map<String, Object> expected = new LinkedHashMap<>(Map.of("agency", cell.agency(), "commune",
                cell.commune().code(), "month", cell.month().toString(), "channel", cell.channel().name(), "kind",
                cell.kind().name()));
        expected.putAll(book.expectedParticipation());
        List<Map<String, Object>> rows = new AnalyticsView(platform.analytics().http(), platform.tokens().ops())
                .participationRows(HOT_CELL_PROVINCE, CELL_KEYS);
        assertThat(rows).as("the province's participation by " + CELL_KEYS + ": one cell, with exact totals")
                .hasSize(1);
        assertThat(rows.get(0)).containsAllEntriesOf(expected);
    }

    /**
     * {@code writes} by four clerks, each drawing its new activities with {@code drafts}, in {@code province};
     * analytics killed {@code kills} times at even intervals of the burst and started again each time; then
     * reconciled (exact totals, every record at its last version, duplicates sent again and ignored) within
     * {@code applyTimeout}. Returns the accepted writes.
     */
    private static AcceptedActivities killMidBurst(String scenario, String province, int writes, int kills,
            Duration applyTimeout, Function<Random, Activity> drafts) {
        AcceptedActivities book = new AcceptedActivities();
        ActivityRecorder recorder = new ActivityRecorder(platform.events().http(), platform.tokens(), book);
        List<ActivityRecorder.Worker> workers = new ArrayList<>();
        for (int n = 0; n < WORKERS; n++) {
            workers.add(recorder.new Worker(drafts, 6400 + n));
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
                    .until(() -> burst.accepted() >= threshold && view.participation(province).get("activities") > 0);
            appliedAtKill.add(view.participation(province).get("activities"));
            ignoredByKilledInstances += view.eventCounters().getOrDefault("skipped", 0L) - skippedBaseline;
            skippedBaseline = 0;
            analytics.kill();
            analytics.start();
        }
        Burst.Outcome outcome = burst.await(Duration.ofMinutes(20));
        assertThat(outcome.refused()).as("writes refused").isEmpty();

        ActivityReconciler reconciler = new ActivityReconciler(platform, view);
        reconciler.awaitApplied(book, province, applyTimeout);
        long redelivered = view.eventCounters().getOrDefault("skipped", 0L);
        Duplicates.sendAgainAndAwaitIgnored(platform, view, reconciler.onTopic(book), book, province);
        Reconciliation result = reconciler.reconcile(scenario, book, province,
                ignoredByKilledInstances + view.eventCounters().getOrDefault("skipped", 0L));
        Results.record(result.line() + String.format("; analytics killed %d time(s) mid-burst, with %s activities "
                        + "applied at each kill; records redelivered after the last restart and skipped as already "
                        + "applied %,d", kills, appliedAtKill, redelivered));
        result.assertExact();
        return book;
    }
}
