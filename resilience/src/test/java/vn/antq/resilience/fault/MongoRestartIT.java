package vn.antq.resilience.fault;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.resilience.Scale;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Burst;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.ActivityReconciler;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Reconciliation;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Agencies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * event-service's MongoDB-wire server is stopped under load (every connection dropped, the port closed) and started
 * again on the same data, while clerks keep recording with Idempotency-Keys: each write is either accepted or
 * refused cleanly (503 problem+json with Retry-After), the service recovers by itself, a retry of each refused write
 * with its key records it exactly once, and no document is half-written.
 */
class MongoRestartIT {

    /** Đắk Nông: only this scenario records there. */
    private static final String PROVINCE = "67";
    private static final int WORKERS = 3;

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void writesDuringADatabaseRestartFailCleanlyAndNothingIsHalfWritten() {
        Duration outage = Scale.duration("mongo-outage", Duration.ofSeconds(12), Duration.ofSeconds(45));
        RecordingService events = platform.events();
        Places places = new Places(PROVINCE);
        AcceptedActivities book = new AcceptedActivities();
        Map<String, Activity> refused = new ConcurrentHashMap<>();
        List<Answer> unavailable = new CopyOnWriteArrayList<>();
        AtomicLong acceptedDuring = new AtomicLong();
        List<Clerk> clerks = new ArrayList<>();
        for (int n = 0; n < WORKERS; n++) {
            clerks.add(new Clerk(events.http(), places, new Random(6700 + n), book, refused, unavailable));
        }

        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        long skippedBefore = analytics.eventCounters().getOrDefault("skipped", 0L);
        Burst.start(WORKERS, 20, () -> false, n -> clerks.get(n)::write).await(Duration.ofMinutes(2));
        Instant stopAt = Instant.now().plusSeconds(2);
        Instant backAt = stopAt.plus(outage);
        Instant endAt = backAt.plusSeconds(5);
        Burst during = Burst.start(WORKERS, Integer.MAX_VALUE, () -> Instant.now().isAfter(endAt),
                n -> clerks.get(n)::write);
        awaitInstant(stopAt);
        events.mongo().stop();
        long acceptedBeforeStop = book.writes();
        awaitInstant(backAt);
        long acceptedInOutage = book.writes() - acceptedBeforeStop;
        events.mongo().restart();
        during.await(outage.plusMinutes(3));
        Burst.Outcome recovered = Burst.start(WORKERS, 10, () -> false, n -> clerks.get(n)::write).await(Duration.ofMinutes(2));

        assertThat(unavailable).as("writes refused while the database was away").isNotEmpty();
        unavailable.forEach(answer -> {
            assertThat(answer.status()).as(answer.describe()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).as(answer.describe()).isNotBlank();
        });
        assertThat(recovered.refused()).as("writes refused after the database came back (no service restart)").isEmpty();

        int retried = refused.size();
        refused.forEach((key, activity) -> {
            Answer retry = CleanAnswers.requireClean(events.http().postJson("/api/v1/activities",
                    platform.tokens().recorder(activity.agency()), activity.json(), Map.of("Idempotency-Key", key)));
            assertThat(retry.status()).as(retry.describe()).isEqualTo(201);
            book.recorded(retry.text("id"), activity);
        });

        assertNothingHalfWritten(book);
        ActivityReconciler reconciler = new ActivityReconciler(platform, analytics);
        reconciler.awaitApplied(book, PROVINCE, Duration.ofMinutes(5));
        Reconciliation result = reconciler.reconcile("mongo-restart", book, PROVINCE,
                analytics.eventCounters().getOrDefault("skipped", 0L) - skippedBefore);
        long slowest = unavailable.stream().mapToLong(Answer::nanos).max().orElse(0) / 1_000_000;
        Results.record(result.line() + String.format("; event-service's database away %d s: %,d writes answered 503 "
                        + "problem+json with Retry-After (slowest answer after %,d ms), %,d accepted while it was away, "
                        + "each refused write retried with its Idempotency-Key and recorded once (%,d), no document "
                        + "half-written, writes accepted again after the restart without restarting the service",
                outage.toSeconds(), unavailable.size(), slowest, acceptedInOutage, retried));
        result.assertExact();
    }

    /** Every stored activity of the province holds exactly its events, and they are exactly the accepted ones. */
    private static void assertNothingHalfWritten(AcceptedActivities book) {
        Set<String> stored = new HashSet<>();
        for (Document activity : platform.database(Kind.EVENTS).getCollection("activities")
                .find(eq("locality.province", PROVINCE))) {
            String id = activity.getString("_id");
            stored.add(id);
            long version = ((Number) activity.get("version")).longValue();
            long eventCount = ((Number) activity.get("eventCount")).longValue();
            assertThat(activity.getList("events", Document.class)).as("events of " + id).hasSize((int) eventCount);
            assertThat(version).as("version of " + id + " = its events").isEqualTo(eventCount);
        }
        assertThat(stored).as("activities stored = activities accepted").isEqualTo(book.ids());
    }

    private static void awaitInstant(Instant instant) {
        await().atMost(Duration.between(Instant.now(), instant).plusSeconds(5))
                .pollInterval(Duration.ofMillis(50)).until(() -> !Instant.now().isBefore(instant));
    }

    /** A clerk recording activities, each with its own Idempotency-Key so that a refused one can be retried safely. */
    private static final class Clerk {
        private final Http events;
        private final Places places;
        private final Random random;
        private final AcceptedActivities book;
        private final Map<String, Activity> refused;
        private final List<Answer> unavailable;

        Clerk(Http events, Places places, Random random, AcceptedActivities book, Map<String, Activity> refused,
              List<Answer> unavailable) {
            this.events = events;
            this.places = places;
            this.random = random;
            this.book = book;
            this.refused = refused;
            this.unavailable = unavailable;
        }

        Answer write() {
            Activity activity = Activity.random(Agencies.any(random), places, random);
            String key = "mongo-restart-" + UUID.randomUUID();
            Answer answer = events.postJson("/api/v1/activities", platform.tokens().recorder(activity.agency()),
                    activity.json(), Map.of("Idempotency-Key", key));
            List<String> problems = CleanAnswers.problems(answer, true);
            if (!problems.isEmpty()) {
                throw new AssertionError(problems + ": " + answer.describe());
            }
            if (answer.status() == 201) {
                book.recorded(answer.text("id"), activity);
            } else {
                unavailable.add(answer);
                refused.put(key, activity);
            }
            return answer;
        }
    }
}
