package vn.antq.resilience.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.gazetteer.AdminUnit;
import vn.antq.kit.security.Role;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;

/**
 * Writers hammer a commune's month — records and cancellations — while its recorder submits it and the district's
 * approver approves it. Afterwards every write either landed before the submission counted the month, or was refused
 * with 409: the submitted count, the stored activities and analytics' figures are the same number, and no write got
 * anything but 201, 200 or 409.
 */
class PeriodLockUnderLoadIT {

    /** Bình Phước: only this class records there. */
    private static final String PROVINCE = "70";
    private static final String AGENCY = "FARMERS";
    private static final int WRITERS = 6;
    private static final Places PLACES = new Places(PROVINCE);

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void everyWriteLandsBeforeTheSubmissionCountsTheMonthOrIsRefused() throws Exception {
        AdminUnit commune = PLACES.communes().get(0);
        String recorder = platform.tokens().of("period-recorder-" + commune.code(), AGENCY, commune.code(),
                List.of(Role.RECORDER));
        String approver = platform.tokens().of("period-approver-" + commune.districtCode(), AGENCY,
                commune.districtCode(), List.of(Role.APPROVER));
        Http events = platform.events().http();
        String period = "/api/v1/periods/" + AGENCY + "/" + commune.code() + "/2024-03";

        AtomicInteger created = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        AtomicBoolean approved = new AtomicBoolean();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusedStates = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Random random = new Random(7000 + w);
            writers.add(pool.submit(() -> {
                int refusalsAfterApproval = 0;
                for (int i = 0; refusalsAfterApproval < 3 && i < 5000; i++) {
                    boolean afterApproval = approved.get();
                    Answer answer = events.postJson("/api/v1/activities", recorder, march(commune, random).json());
                    if (answer.status() == 201 && i % 4 == 3) {
                        answer = events.delete("/api/v1/activities/" + answer.text("id"), recorder,
                                Map.of("If-Match", answer.etag()));
                        created.incrementAndGet();
                        if (answer.status() == 200) {
                            cancelled.incrementAndGet();
                        }
                    } else if (answer.status() == 201) {
                        created.incrementAndGet();
                    }
                    if (answer.status() == 409) {
                        refusedStates.add(answer.json().path("periodState").asString());
                        refusalsAfterApproval += afterApproval ? 1 : 0;
                    } else if (answer.status() != 201 && answer.status() != 200) {
                        unexpected.add(answer.describe());
                        return null;
                    }
                }
                return null;
            }));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> created.get() >= 40 || !unexpected.isEmpty());
        Answer submitted = events.postJson(period + "/submit", recorder, "");
        Answer approval = events.postJson(period + "/approve", approver, "");
        approved.set(true);
        try {
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).as("writes answered neither 201, 200 nor 409").isEmpty();
        assertThat(submitted.status()).as(submitted.describe()).isEqualTo(200);
        assertThat(approval.status()).as(approval.describe()).isEqualTo(200);
        long landed = created.get() - cancelled.get();
        assertThat(submitted.json().path("records").asLong()).as("the submitted count").isEqualTo(landed);
        assertThat(refusedStates).isNotEmpty().allSatisfy(state -> assertThat(state).isIn("SUBMITTING", "SUBMITTED", "APPROVED"));
        Answer stored = events.get("/api/v1/activities?agency=" + AGENCY + "&locality=" + commune.code()
                + "&from=2024-03-01&to=2024-03-31&size=1", recorder);
        assertThat(stored.json().path("totalItems").asLong()).as("the activities stored for the month, cancelled ones too")
                .isEqualTo(created.get());

        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(analytics.participation(PROVINCE).get("activities")).isEqualTo(landed));
        System.out.printf("[period-lock] %d writers: %d records landed (%d created, %d cancelled) before the count"
                        + " of %d; %d writes refused with 409 while submitted or approved%n", WRITERS, landed,
                created.get(), cancelled.get(), submitted.json().path("records").asLong(), refusedStates.size());
    }

    /** An activity of the agency at {@code commune} on a day of March 2024. */
    private static Activity march(AdminUnit commune, Random random) {
        Activity any = Activity.random(AGENCY, PLACES, random);
        return new Activity(AGENCY, any.partnerAgencies(), PROVINCE, commune.districtCode(), commune.code(), any.kind(),
                any.title(), LocalDate.of(2024, 3, 1 + random.nextInt(31)), any.participants(), any.women(),
                any.ethnicMinority(), any.reach(), any.copies());
    }
}
