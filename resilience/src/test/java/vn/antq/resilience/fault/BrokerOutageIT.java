package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Reconciliation;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * The broker process is killed (SIGKILL) while agencies keep recording through event-service, and started again
 * after the outage (10 s short, 30 s full): every write is accepted all along, and every accepted write reaches
 * analytics exactly once.
 */
class BrokerOutageIT {

    /** Đắk Lắk: only this scenario records there. */
    private static final String PROVINCE = "66";
    private static final int WORKERS = 4;

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void everyWriteAcceptedWhileTheBrokerIsDownReachesAnalyticsExactlyOnce() {
        Duration outage = Scale.duration("outage", Duration.ofSeconds(10), Duration.ofSeconds(30));
        int writesAround = Scale.count("outage.writes", 80, 1_000);
        AcceptedActivities book = new AcceptedActivities();
        ActivityRecorder recorder = new ActivityRecorder(platform.events().http(), platform.tokens(), book);
        List<ActivityRecorder.Worker> workers = new ArrayList<>();
        for (int n = 0; n < WORKERS; n++) {
            workers.add(recorder.new Worker(new Places(PROVINCE), 6600 + n));
        }
        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        long skippedBefore = analytics.eventCounters().getOrDefault("skipped", 0L);

        Burst.Outcome before = Burst.start(WORKERS, writesAround / WORKERS, () -> false, n -> workers.get(n)::next)
                .await(Duration.ofMinutes(5));

        platform.broker().kill();
        Instant back = Instant.now().plus(outage);
        Burst.Outcome during = Burst.start(WORKERS, Integer.MAX_VALUE, () -> Instant.now().isAfter(back),
                n -> workers.get(n)::next).await(outage.plusMinutes(5));
        long waiting = new Outboxes(platform).pendingDocuments(Kind.EVENTS);
        platform.broker().start();

        Burst.Outcome after = Burst.start(WORKERS, writesAround / WORKERS, () -> false, n -> workers.get(n)::next)
                .await(Duration.ofMinutes(5));

        assertThat(before.refused()).as("writes refused before the outage").isEmpty();
        assertThat(during.refused()).as("writes refused while the broker was down").isEmpty();
        assertThat(after.refused()).as("writes refused after the outage").isEmpty();
        assertThat(during.accepted()).as("writes accepted while the broker was down").isPositive();
        assertThat(waiting).as("activities waiting in event-service's outbox at the end of the outage").isPositive();

        ActivityReconciler reconciler = new ActivityReconciler(platform, analytics);
        reconciler.awaitApplied(book, PROVINCE, Duration.ofMinutes(5));
        Duplicates.sendAgainAndAwaitIgnored(platform, analytics, reconciler.onTopic(book), book, PROVINCE);
        Reconciliation result = reconciler.reconcile("broker-outage", book, PROVINCE,
                analytics.eventCounters().getOrDefault("skipped", 0L) - skippedBefore);
        Results.record(result.line() + String.format("; broker down %d s, writes accepted meanwhile %,d, "
                + "activities waiting in the outbox when it came back %,d", outage.toSeconds(), during.accepted(), waiting));
        result.assertExact();
    }
}
