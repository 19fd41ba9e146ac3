package vn.antq.analytics.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;
import vn.antq.contracts.user.UnitLocality;
import vn.antq.contracts.user.UnitStructure;
import vn.antq.contracts.user.UserChange;
import vn.antq.contracts.user.UserEvent;
import vn.antq.kit.security.Role;

/**
 * A rebuild replays the topics into a new generation and switches to it: every answer is byte for byte what it
 * was (but for {@code asOf}), events published while it runs are not lost, and of an activity revised, repeated or
 * cancelled in the log, before or while it runs, only its newest version counts.
 */
@AnalyticsIntegrationTest
class RebuildIT {

    /** Gia Lai: only this class records activities there (64), and in Đắk Lắk (66) while rebuilding. */
    private static final String GIA_LAI = "64";
    private static final String DAK_LAK = "66";
    /** Bình Phước: only this class records activities there (70), revised and cancelled before and during a rebuild. */
    private static final String BINH_PHUOC = "70";

    private static final List<String> QUESTIONS = List.of(
            "/participation?groupBy=agency,province,district,year",
            "/participation?groupBy=channel,kind,quarter",
            "/participation?groupBy=commune,month&locality=" + GIA_LAI,
            "/coordination?groupBy=pair,province",
            "/coordination?groupBy=pair,month",
            "/models?asOf=2024-12-31",
            "/awards?groupBy=agency,form,recipientType,year",
            "/reviews",
            "/users?groupBy=agency,role,structure,province,district,commune",
            "/reporting?from=2024-01&to=2024-06&locality=" + GIA_LAI);

    /** Answers that activities in Đắk Lắk cannot change. */
    private static final List<String> OUTSIDE_DAK_LAK = List.of(
            "/participation?groupBy=agency,district,year&locality=" + GIA_LAI,
            "/coordination?groupBy=pair,month&locality=" + GIA_LAI,
            "/models?asOf=2024-12-31",
            "/awards?groupBy=agency,form,recipientType,year",
            "/reviews",
            "/users?groupBy=agency,role,commune",
            "/reporting?agency=WOMEN_UNION&from=2024-01&to=2024-06&locality=" + GIA_LAI);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void aRebuildGivesByteIdenticalAnswersAndLosesNothingPublishedMeanwhile() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Events events = new Events()) {
            publishDataset(events, run);
        }
        api.awaitCaughtUp();
        Map<String, String> before = answers(api, QUESTIONS);
        Map<String, String> beforeOutside = answers(api, OUTSIDE_DAK_LAK);
        assertThat(before.get(QUESTIONS.get(QUESTIONS.size() - 1))).contains("\"state\":\"APPROVED\"",
                "\"state\":\"RETURNED\"", "\"state\":\"OPEN\"", "\"state\":\"SUBMITTED\"");

        Map<String, Object> first = rebuild(api);
        assertThat(first).containsEntry("state", "DONE");
        assertThat(((Number) first.get("recordsRead")).longValue()).isEqualTo(((Number) first.get("recordsTotal")).longValue());
        assertThat(answers(api, QUESTIONS)).isEqualTo(before);
        int generation = ((Number) first.get("generation")).intValue();
        int previous = ((Number) first.get("previousGeneration")).intValue();
        assertThat(api.get("/freshness").get("generation")).isEqualTo(generation);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .noneMatch(name -> name.startsWith("g" + previous + "_"));

        // Second rebuild, with activities published while it runs, in a province no other answer above looks at.
        Api.Response started = api.call("POST", "/rebuild", Api.admin());
        assertThat(started.status()).isEqualTo(202);
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(DAK_LAK, Structure.Y2019);
        long participants = 0;
        try (Events events = new Events()) {
            for (int i = 0; i < 200; i++) {
                AdminUnit commune = communes.get(i % communes.size());
                ActivityEvent activity = TestEvents.activity("during-" + run + "-" + i, 1, "POLICE", List.of(),
                        new Locality(DAK_LAK, commune.districtCode(), commune.code()), ActivityKind.LOUDSPEAKER,
                        LocalDate.of(2023, 1 + i % 12, 1), i, 0, 0, 10L * i, 0, ActivityStatus.RECORDED);
                participants += i;
                events.publish(EventContract.ACTIVITY_RECORDED, activity);
            }
        }
        awaitDone(api, started.json().get("id").toString());
        api.awaitCaughtUp();
        assertThat(answers(api, OUTSIDE_DAK_LAK)).isEqualTo(beforeOutside);
        assertThat(Api.totals(api.get("/participation?locality=" + DAK_LAK))).containsEntry("activities", 200)
                .containsEntry("participants", (int) participants);
    }

    @Test
    void revisionsDuplicatesAndCancellationsBeforeAndDuringARebuildCountOnceAtTheirNewestVersion() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(BINH_PHUOC, Structure.Y2019);
        Map<Integer, ActivityEvent> newest = new LinkedHashMap<>();
        try (Events events = new Events()) {
            for (int i = 0; i < 60; i++) {
                ActivityEvent first = activity(run, i, 1, 10 + i, communes.get(i % communes.size()), ActivityStatus.RECORDED);
                events.publish(EventContract.ACTIVITY_RECORDED, first);
                newest.put(i, first);
                if (i % 3 == 0) {
                    // Revised into another commune, then the first version delivered again.
                    ActivityEvent revised = activity(run, i, 2, 100 + i, communes.get((i + 1) % communes.size()),
                            ActivityStatus.RECORDED);
                    events.publish(EventContract.ACTIVITY_REVISED, revised);
                    events.publish(EventContract.ACTIVITY_RECORDED, first);
                    newest.put(i, revised);
                } else if (i % 7 == 0) {
                    ActivityEvent cancelled = activity(run, i, 2, 10 + i, communes.get(i % communes.size()),
                            ActivityStatus.CANCELLED);
                    events.publish(EventContract.ACTIVITY_CANCELLED, cancelled);
                    newest.put(i, cancelled);
                } else if (i % 5 == 0) {
                    events.publish(EventContract.ACTIVITY_RECORDED, first);
                }
            }
        }
        api.awaitCaughtUp();
        assertThat(Api.totals(api.get("/participation?locality=" + BINH_PHUOC)))
                .containsEntry("activities", counted(newest)).containsEntry("participants", participants(newest));

        // While the rebuild runs: newer versions of the same activities (revised, cancelled, restored), stale ones.
        Api.Response started = api.call("POST", "/rebuild", Api.admin());
        assertThat(started.status()).isEqualTo(202);
        try (Events events = new Events()) {
            for (int i = 0; i < 60; i += 2) {
                ActivityEvent held = newest.get(i);
                ActivityStatus status = i % 8 == 0 ? ActivityStatus.CANCELLED : ActivityStatus.RECORDED;
                ActivityEvent next = activity(run, i, held.version() + 1, 1000 + i, communes.get((i + 2) % communes.size()), status);
                events.publish(status == ActivityStatus.CANCELLED ? EventContract.ACTIVITY_CANCELLED
                        : EventContract.ACTIVITY_REVISED, next);
                events.publish(EventContract.ACTIVITY_RECORDED, activity(run, i, 1, 10 + i, communes.get(i % communes.size()),
                        ActivityStatus.RECORDED));
                newest.put(i, next);
            }
        }
        awaitDone(api, started.json().get("id").toString());
        api.awaitCaughtUp();
        List<String> questions = List.of("/participation?locality=" + BINH_PHUOC,
                "/participation?groupBy=agency,commune,month,channel,kind&locality=" + BINH_PHUOC,
                "/coordination?groupBy=pair,district,month&locality=" + BINH_PHUOC);
        Map<String, String> afterLive = answers(api, questions);
        assertThat(Api.totals(api.get(questions.get(0))))
                .containsEntry("activities", counted(newest)).containsEntry("participants", participants(newest));

        // The same log replayed with nothing arriving meanwhile gives the same answers, byte for byte.
        rebuild(api);
        assertThat(answers(api, questions)).isEqualTo(afterLive);
    }

    private static ActivityEvent activity(String run, int i, long version, long participants, AdminUnit commune,
            ActivityStatus status) {
        return TestEvents.activity("bp-" + run + "-" + i, version, i % 2 == 0 ? "POLICE" : "FARMERS",
                i % 4 == 1 ? List.of("WOMEN_UNION") : List.of(),
                new Locality(BINH_PHUOC, commune.districtCode(), commune.code()), ActivityKind.VILLAGE_MEETING,
                LocalDate.of(2024, 1 + i % 12, 1 + i % 28), participants, participants / 2, 0, 0, 0, status);
    }

    private static int counted(Map<Integer, ActivityEvent> newest) {
        return (int) newest.values().stream().filter(activity -> activity.status() != ActivityStatus.CANCELLED).count();
    }

    private static int participants(Map<Integer, ActivityEvent> newest) {
        return (int) newest.values().stream().filter(activity -> activity.status() != ActivityStatus.CANCELLED)
                .mapToLong(ActivityEvent::participants).sum();
    }

    @Test
    void onlyAnAdministratorMayRebuildAndUnknownRebuildsAreNotFound() {
        Api api = new Api(port);
        assertThat(api.call("POST", "/rebuild", Api.ops()).status()).isEqualTo(403);
        assertThat(api.call("POST", "/rebuild", Api.token("WOMEN_UNION", null, Role.RECORDER, Role.APPROVER)).status())
                .isEqualTo(403);
        Api.Response unknown = api.call("GET", "/rebuild/" + UUID.randomUUID(), Api.admin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private Map<String, Object> rebuild(Api api) {
        Api.Response started = api.call("POST", "/rebuild", Api.admin());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).endsWith("/api/v1/analytics/rebuild/" + started.json().get("id"));
        return awaitDone(api, started.json().get("id").toString());
    }

    private Map<String, Object> awaitDone(Api api, String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("DONE", "FAILED").contains(api.get("/rebuild/" + id, Api.admin()).get("state")));
        Map<String, Object> rebuild = api.get("/rebuild/" + id, Api.admin());
        assertThat(rebuild.get("state")).as("rebuild %s", rebuild).isEqualTo("DONE");
        return rebuild;
    }

    /** Each answer's body as sent, with its time of computing blanked out. */
    private static Map<String, String> answers(Api api, List<String> questions) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : questions) {
            Api.Response response = api.call("GET", question, Api.ops());
            assertThat(response.status()).isEqualTo(200);
            answers.put(question, response.body().replaceAll("\"(asOf|computedAt)\":\"[^\"]*T[^\"]*\"", "\"$1\":\"-\""));
        }
        return answers;
    }

    private static void publishDataset(Events events, String run) {
        Random random = new Random(7);
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(GIA_LAI, Structure.Y2019);
        // Accounts of Gia Lai's communes, some disabled later, with duplicates.
        for (int i = 0; i < 20; i++) {
            String username = "gl-user-" + run + "-" + i;
            UnitLocality unit = i % 4 == 0 ? null : new UnitLocality(communes.get(i % communes.size()).code(), UnitStructure.Y2019);
            List<String> roles = i % 3 == 0 ? List.of("APPROVER", "RECORDER") : List.of("RECORDER");
            UserEvent created = new UserEvent(username, 1, "admin-1", Instant.parse("2025-01-02T03:00:00Z"), "WOMEN_UNION",
                    roles, unit, true, UserChange.CREATED);
            events.publish(EventContract.USER_CHANGED, created);
            if (i % 5 == 1) {
                events.publish(EventContract.USER_CHANGED, new UserEvent(username, 2, "admin-1",
                        Instant.parse("2025-01-03T03:00:00Z"), "WOMEN_UNION", roles, unit, false, UserChange.DISABLED));
                events.publish(EventContract.USER_CHANGED, created);
            }
        }
        // Communes' reports of their months, some returned, approved or unlocked later, with duplicates.
        for (int i = 0; i < 30; i++) {
            AdminUnit commune = communes.get(i % communes.size());
            Locality unit = new Locality(GIA_LAI, commune.districtCode(), commune.code());
            String month = "2024-0" + (1 + i % 6);
            PeriodEvent submitted = TestEvents.period("WOMEN_UNION", unit, month, 1, PeriodStep.SUBMITTED,
                    "2024-0" + (2 + i % 6) + "-0" + (1 + i % 9) + "T03:00:00Z", i);
            events.publish(EventContract.PERIOD_CHANGED, submitted);
            if (i % 3 != 0) {
                PeriodStep step = List.of(PeriodStep.APPROVED, PeriodStep.RETURNED, PeriodStep.UNLOCKED).get(i % 3 == 1 ? i % 2 : 2);
                events.publish(EventContract.PERIOD_CHANGED, TestEvents.period("WOMEN_UNION", unit, month, 2, step,
                        "2024-0" + (2 + i % 6) + "-0" + (1 + i % 9) + "T03:00:00Z", i));
                events.publish(EventContract.PERIOD_CHANGED, submitted);
            }
        }
        List<String> agencies = List.of("POLICE", "WOMEN_UNION", "VETERANS", "FARMERS");
        List<ActivityKind> kinds = List.of(ActivityKind.VILLAGE_MEETING, ActivityKind.ZALO_POST, ActivityKind.PUBLICATION,
                ActivityKind.LOUDSPEAKER, ActivityKind.CONTEST);
        for (int i = 0; i < 150; i++) {
            AdminUnit commune = communes.get(random.nextInt(communes.size()));
            String agency = agencies.get(random.nextInt(4));
            List<String> partners = random.nextBoolean() ? List.of() : List.of(agencies.get((agencies.indexOf(agency) + 1) % 4));
            ActivityKind kind = kinds.get(random.nextInt(kinds.size()));
            long participants = random.nextInt(400);
            ActivityEvent activity = TestEvents.activity("gl-" + run + "-" + i, 1, agency, partners,
                    new Locality(GIA_LAI, commune.districtCode(), commune.code()), kind,
                    LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)), participants,
                    participants / 2, participants / 5, random.nextInt(1000), random.nextInt(100), ActivityStatus.RECORDED);
            events.publish(EventContract.ACTIVITY_RECORDED, activity);
            if (i % 5 == 0) {
                events.publish(EventContract.ACTIVITY_CANCELLED, TestEvents.activity(activity.id(), 2, agency, partners,
                        activity.locality(), kind, activity.startDate(), participants, participants / 2, participants / 5,
                        activity.reach(), activity.copies(), ActivityStatus.CANCELLED));
            }
        }
        Locality modelPlace = new Locality(GIA_LAI, communes.get(0).districtCode(), communes.get(0).code());
        for (int i = 0; i < 3; i++) {
            String id = "gl-model-" + run + "-" + i;
            events.publish(EventContract.MODEL_REGISTERED, TestEvents.model(id, 1, "PHU_NU_PHONG_CHONG_TOI_PHAM",
                    "WOMEN_UNION", modelPlace, LocalDate.of(2021, 1, 1), ModelStatus.ACTIVE));
            events.publish(EventContract.MODEL_REPORTED, TestEvents.report(id, 1, "PHU_NU_PHONG_CHONG_TOI_PHAM",
                    "WOMEN_UNION", modelPlace, "2024-Q" + (1 + i), 3 + i));
        }
        events.publish(EventContract.REVIEW_HELD, TestEvents.review("gl-review-" + run, ReviewKind.INTERIM, "POLICE",
                List.of(), Locality.ofProvince(GIA_LAI), LocalDate.of(2022, 6, 30)));
        events.publish(EventContract.AWARD_CHANGED, TestEvents.award("gl-award-" + run, 1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                "FARMERS", AwardStatus.NOMINATED, null, null, Instant.parse("2022-07-01T03:00:00Z")));
    }
}
