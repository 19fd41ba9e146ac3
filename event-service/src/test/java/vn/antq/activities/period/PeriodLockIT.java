package vn.antq.activities.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.Tokens;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.TopicRecords;

/**
 * A unit's period of activities: submitted by the unit, approved or returned by the level above (another person), and
 * locked while submitted or approved against every write — record, revise, cancel, import row — with a 409 that names
 * who locked it and when. Each test uses its own commune of Đắk Glei district (610) of Kon Tum, or its own month.
 */
@EventServiceTest
class PeriodLockIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final TestTokens PEOPLE = TestTokens.standard();
    static final String AGENCY = "WOMEN_UNION";
    static final String DISTRICT = "610";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;
    final TopicRecords periodTopic = TopicRecords.embedded();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void anApprovedMonthRefusesEveryWriteNamingWhoApprovedItAndWhen() {
        String commune = "23344";
        String recorder = recorder(commune);
        HttpApi.Response kept = record(recorder, activity(commune, "2023-03-10"));
        HttpApi.Response cancelledBefore = record(recorder, activity(commune, "2023-03-12"));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(api.request("DELETE", "/api/v1/activities/" + cancelledBefore.text("id")).token(recorder)
                .header("If-Match", "\"1\"").send().status()).isEqualTo(200);

        HttpApi.Response submitted = step(recorder, commune, "2023-03", "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("records").asLong()).as("the activity cancelled before does not count").isEqualTo(1);

        HttpApi.Response approved = step(approver("thu.ha", DISTRICT), commune, "2023-03", "approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("stateLabel").asString()).isEqualTo("Đã phê duyệt");

        HttpApi.Response post = api.request("POST", "/api/v1/activities").token(recorder).header("Accept-Language", "vi")
                .json(activity(commune, "2023-03-28")).send();
        assertThat(post.status()).isEqualTo(409);
        assertThat(post.header("Content-Type")).startsWith("application/problem+json");
        java.time.ZonedDateTime decidedAt = java.time.Instant.parse(approved.json().get("decidedAt").asString())
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(post.text("detail")).contains("tháng 3/2023", "Xã Đắk Blô", "đã được thu.ha phê duyệt lúc",
                String.format("ngày %02d tháng %02d năm %d", decidedAt.getDayOfMonth(), decidedAt.getMonthValue(),
                        decidedAt.getYear()));
        assertThat(post.json().get("approvedBy").asString()).isEqualTo("thu.ha");
        assertThat(post.json().get("periodState").asString()).isEqualTo("APPROVED");

        String id = kept.text("id");
        HttpApi.Response put = api.request("PUT", "/api/v1/activities/" + id).token(recorder).header("If-Match", "\"1\"")
                .header("Accept-Language", "en").json(activity(commune, "2023-03-10")).send();
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.text("detail")).contains("The March 2023 report of Xã Đắk Blô was approved by thu.ha at");
        HttpApi.Response movedOut = api.request("PUT", "/api/v1/activities/" + id).token(recorder)
                .header("If-Match", "\"1\"").json(activity(commune, "2023-04-02")).send();
        assertThat(movedOut.status()).as("moving it to an open month changes the approved one too").isEqualTo(409);
        HttpApi.Response delete = api.request("DELETE", "/api/v1/activities/" + id).token(recorder)
                .header("If-Match", "\"1\"").send();
        assertThat(delete.status()).isEqualTo(409);

        HttpApi.Response imported = importCsv(recorder, "en", row(commune, "2023-03-20"), row(commune, "2023-04-20"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode results = imported.json().get("results");
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(results.get(0).get("errors").get(0).get("message").asString())
                .contains("The March 2023 report of Xã Đắk Blô was approved by thu.ha");
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("RECORDED");

        assertThat(activitiesIn(commune, "2023-03")).as("nothing changed in the approved month").isEqualTo(1);
        assertThat(mongo.findById(id, org.bson.Document.class, ActivityStore.COLLECTION).get("version", Number.class)
                .longValue()).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> events = awaitPeriodEvents("ACTIVITIES:WOMEN_UNION:23344:2023-03", 2);
        assertThat(events).extracting(e -> TopicRecords.header(e, "ce_type")).containsOnly(EventTypes.PERIOD_CHANGED);
        events.forEach(e -> assertThat(SCHEMAS.validate(EventTypes.PERIOD_CHANGED, e.value())).isEmpty());
        assertThat(TopicRecords.body(events.get(1))).contains("\"step\":\"APPROVED\"", "\"decidedBy\":\"thu.ha\"");
    }

    @Test
    void aSubmittedMonthIsLockedUntilItIsReturnedAndARetryOfAnEarlierRecordIsAnsweredAgain() {
        String commune = "23347";
        String recorder = recorder(commune);
        String key = UUID.randomUUID().toString();
        String body = activity(commune, "2023-05-03");
        HttpApi.Response first = api.request("POST", "/api/v1/activities").token(recorder).header("Idempotency-Key", key)
                .json(body).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(step(recorder, commune, "2023-05", "submit", null).status()).isEqualTo(200);

        HttpApi.Response retry = api.request("POST", "/api/v1/activities").token(recorder).header("Idempotency-Key", key)
                .json(body).send();
        assertThat(retry.status()).as("a retry of a request recorded before the lock").isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        HttpApi.Response another = record(recorder, activity(commune, "2023-05-20"));
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.text("detail")).contains("đã được " + subjectOf(commune) + " gửi lúc", "đang chờ phê duyệt");

        HttpApi.Response noReason = step(approver("thu.ha", DISTRICT), commune, "2023-05", "return", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        HttpApi.Response returned = step(approver("thu.ha", DISTRICT), commune, "2023-05", "return",
                "{\"reason\":\"Thiếu buổi họp ngày 20\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("reason").asString()).isEqualTo("Thiếu buổi họp ngày 20");

        assertThat(record(recorder, activity(commune, "2023-05-20")).status()).isEqualTo(201);
        HttpApi.Response again = step(recorder, commune, "2023-05", "submit", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("records").asLong()).isEqualTo(2);
        assertThat(again.json().get("firstSubmittedAt").asString()).isEqualTo(
                returned.json().get("firstSubmittedAt").asString());
    }

    @Test
    void theSubmitterDoesNotApproveTheirOwnReport() {
        String commune = "23350";
        String both = PEOPLE.issue("minh.anh", AGENCY, Set.of(Role.RECORDER, Role.APPROVER), DISTRICT, Duration.ofHours(1));
        assertThat(step(both, commune, "2023-06", "submit", null).status()).isEqualTo(200);

        HttpApi.Response own = step(both, commune, "2023-06", "approve", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("detail")).contains("không tự phê duyệt");
        assertThat(step(both, commune, "2023-06", "return", "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(step(approver("thu.ha", DISTRICT), commune, "2023-06", "approve", null).status()).isEqualTo(200);
    }

    @Test
    void onlyTheLevelDirectlyAboveDecidesAndOnlyAnApproverOfTheAgency() {
        String commune = "23353";
        assertThat(step(recorder(commune), commune, "2023-07", "submit", null).status()).isEqualTo(200);

        HttpApi.Response ownCommune = step(approver("xa", commune), commune, "2023-07", "approve", null);
        assertThat(ownCommune.status()).as("a commune's approver does not approve its own commune").isEqualTo(403);
        assertThat(ownCommune.text("detail")).contains("Huyện Đắk Glei");
        assertThat(step(approver("dakha", "615"), commune, "2023-07", "approve", null).status())
                .as("another district's approver").isEqualTo(403);
        assertThat(step(approver("tinh", "62"), commune, "2023-07", "approve", null).status())
                .as("the province is not directly above a commune of 2023").isEqualTo(403);
        String police = PEOPLE.issue("cong.an", "POLICE", Set.of(Role.APPROVER), DISTRICT, Duration.ofHours(1));
        assertThat(step(police, commune, "2023-07", "approve", null).status()).isEqualTo(403);
        String recorderOfDistrict = Tokens.token(AGENCY, DISTRICT, Role.RECORDER);
        assertThat(step(recorderOfDistrict, commune, "2023-07", "approve", null).status()).isEqualTo(403);

        assertThat(step(recorder(DISTRICT), DISTRICT, "2023-07", "submit", null).status()).isEqualTo(200);
        assertThat(step(approver("huyen", DISTRICT), DISTRICT, "2023-07", "approve", null).status())
                .as("a district's approver does not approve the district's own report").isEqualTo(403);
        assertThat(step(approver("tinh", "62"), DISTRICT, "2023-07", "approve", null).status()).isEqualTo(200);
        assertThat(step(approver("huyen", DISTRICT), commune, "2023-07", "approve", null).status()).isEqualTo(200);
    }

    @Test
    void whatAwaitsAnApproverIsWhatTheyMayDecide() {
        String both = PEOPLE.issue("minh.anh", AGENCY, Set.of(Role.RECORDER, Role.APPROVER), DISTRICT, Duration.ofHours(1));
        assertThat(step(recorder("23359"), "23359", "2022-03", "submit", null).status()).isEqualTo(200);
        assertThat(step(both, "23362", "2022-03", "submit", null).status()).isEqualTo(200);
        assertThat(step(recorder(DISTRICT), DISTRICT, "2022-03", "submit", null).status()).isEqualTo(200);
        String district = approver("thu.ha", DISTRICT);

        assertThat(awaiting(district)).containsExactlyInAnyOrder("23359", "23362");
        assertThat(awaiting(both)).as("not what they submitted themselves").containsExactly("23359");
        assertThat(awaiting(approver("tinh", "62"))).as("the province decides the district's own report")
                .containsExactly(DISTRICT);
        assertThat(awaiting(approver("dakha", "615"))).isEmpty();
        assertThat(awaiting(approver("xa", "23359"))).isEmpty();
        assertThat(awaiting(recorder("23359"))).as("a recorder decides nothing").isEmpty();

        assertThat(step(district, "23359", "2022-03", "approve", null).status()).isEqualTo(200);
        assertThat(awaiting(district)).containsExactly("23362");
    }

    /** The units whose report of March 2022 awaits the approver's decision. */
    private List<String> awaiting(String token) {
        HttpApi.Response page = api.request("GET", "/api/v1/periods?awaiting=true&from=2022-03-01&to=2022-03-31")
                .token(token).send();
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> units = new ArrayList<>();
        page.json().get("items").forEach(item -> units.add(item.get("unit").asString()));
        assertThat(page.json().get("totalItems").asLong()).isEqualTo(units.size());
        return units;
    }

    @Test
    void anApproverAboveUnlocksWithAReasonAndTheMonthTakesWritesUntilItIsApprovedAgain() {
        String commune = "23356";
        String recorder = recorder(commune);
        assertThat(step(recorder, commune, "2023-08", "submit", null).status()).isEqualTo(200);
        assertThat(step(approver("thu.ha", DISTRICT), commune, "2023-08", "approve", null).status()).isEqualTo(200);
        assertThat(record(recorder, activity(commune, "2023-08-15")).status()).isEqualTo(409);

        assertThat(step(approver("xa", commune), commune, "2023-08", "unlock", "{\"reason\":\"Bổ sung\"}").status())
                .isEqualTo(403);
        HttpApi.Response unlocked = step(approver("tinh", "62"), commune, "2023-08", "unlock",
                "{\"reason\":\"Bổ sung buổi họp bị sót\"}");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.json().get("state").asString()).isEqualTo("OPEN");

        assertThat(record(recorder, activity(commune, "2023-08-15")).status()).isEqualTo(201);
        assertThat(step(recorder, commune, "2023-08", "submit", null).json().get("records").asLong()).isEqualTo(1);
        assertThat(step(approver("thu.ha", DISTRICT), commune, "2023-08", "approve", null).status()).isEqualTo(200);
        assertThat(record(recorder, activity(commune, "2023-08-16")).status()).isEqualTo(409);
        List<ConsumerRecord<String, byte[]>> events = awaitPeriodEvents("ACTIVITIES:WOMEN_UNION:23356:2023-08", 5);
        assertThat(events).extracting(e -> HttpApi.json(TopicRecords.body(e)).get("step").asString())
                .containsExactly("SUBMITTED", "APPROVED", "UNLOCKED", "SUBMITTED", "APPROVED");
    }

    @Test
    void aPeriodIsNamedInTheStructureInForceInItAndReachesItsLastDayBeforeItIsSubmitted() {
        HttpApi.Response oldCodeAfterReform = step(recorder("23341"), "23359", "2025-08", "submit", null);
        assertThat(oldCodeAfterReform.status()).isEqualTo(400);
        assertThat(oldCodeAfterReform.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
        assertThat(oldCodeAfterReform.json().get("errors").get(0).get("message").asString())
                .contains("tháng 8/2025", "cơ cấu mới");
        HttpApi.Response district = step(recorder(DISTRICT), DISTRICT, "2025-08", "submit", null);
        assertThat(district.status()).as("districts were abolished on 1 July 2025").isEqualTo(400);

        String newCommune = "23356"; // Xã Xốp, Quảng Ngãi, from 1 July 2025
        String recorder = PEOPLE.issue("xop.recorder", AGENCY, Set.of(Role.RECORDER), newCommune, Duration.ofHours(1));
        HttpApi.Response submitted = step(recorder, newCommune, "2025-08", "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("unitName").asString()).isEqualTo("Xã Xốp");
        assertThat(step(approver("dakglei", DISTRICT), newCommune, "2025-08", "approve", null).status()).isEqualTo(403);
        assertThat(step(approver("quangngai", "51"), newCommune, "2025-08", "approve", null).status())
                .as("the province is directly above a commune of 2025").isEqualTo(200);

        HttpApi.Response future = step(recorder, newCommune, "2099-01", "submit", null);
        assertThat(future.status()).isEqualTo(400);
        HttpApi.Response quarter = step(recorder, newCommune, "2025-Q3", "submit", null);
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.json().get("errors").get(0).get("message").asString()).contains("theo tháng");
    }

    /**
     * Writers hammer a month while it is submitted: every write answered 201 is in the submitted count, and every
     * write after the submission is refused, so that the count and the stored month agree.
     */
    @Test
    void writesHammeringAMonthWhileItIsSubmittedEitherLandBeforeTheCountOrAreRefused() throws Exception {
        String commune = "23362";
        String recorder = recorder(commune);
        int writers = 6;
        ConcurrentLinkedQueue<String> recorded = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> refused = new ConcurrentLinkedQueue<>();
        CountDownLatch someLanded = new CountDownLatch(writers * 3);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(pool.submit(() -> {
                while (true) {
                    HttpApi.Response response = record(recorder, activity(commune, "2023-09-11"));
                    if (response.status() == 201) {
                        recorded.add(response.text("id"));
                        someLanded.countDown();
                    } else {
                        refused.add(response.status());
                        return null;
                    }
                }
            }));
        }
        assertThat(someLanded.await(60, TimeUnit.SECONDS)).isTrue();
        HttpApi.Response submitted = step(recorder, commune, "2023-09", "submit", null);
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(refused).as("each writer stopped at a refusal").hasSize(writers).containsOnly(409);
        assertThat(submitted.json().get("records").asLong()).isEqualTo(recorded.size());
        assertThat(activitiesIn(commune, "2023-09")).isEqualTo(recorded.size());
    }

    @Test
    void aWriteRegistrationIsRemovedAfterTheAnswerAndTheMonthTakesTheNextWritesWithoutReadingItAgain() {
        String commune = "23362";
        String recorder = recorder(commune);
        String period = "ACTIVITIES:WOMEN_UNION:23362:2023-11";
        for (int i = 0; i < 3; i++) {
            HttpApi.Response response = record(recorder, activity(commune, "2023-11-0" + (i + 1)));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(period, org.bson.Document.class, "periods").getList("writers", org.bson.Document.class))
                .as("every write's registration removed once it was answered").isEmpty());

        HttpApi.Response submitted = step(recorder, commune, "2023-11", "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("records").asLong()).isEqualTo(3);
        HttpApi.Response late = record(recorder, activity(commune, "2023-11-20"));
        assertThat(late.status()).as("the period changed since this service last registered on it").isEqualTo(409);
        assertThat(activitiesIn(commune, "2023-11")).isEqualTo(3);
    }

    /** A step on the agency's report of {@code unit} for {@code period}, answered in Vietnamese. */
    private HttpApi.Response step(String token, String unit, String period, String step, String reasonJson) {
        HttpApi.Request request = api.request("POST", "/api/v1/periods/" + AGENCY + "/" + unit + "/" + period + "/" + step)
                .token(token).header("Accept-Language", "vi");
        return (reasonJson == null ? request : request.json(reasonJson)).send();
    }

    private HttpApi.Response record(String token, String body) {
        return api.request("POST", "/api/v1/activities").token(token).header("Accept-Language", "vi").json(body).send();
    }

    private HttpApi.Response importCsv(String token, String language, String... rows) {
        String csv = "agency,partnerAgencies,level,province,district,commune,kind,channel,topics,title,"
                + "startDate,endDate,participants,women,ethnicMinority,reach,copies\n" + String.join("\n", rows) + "\n";
        return api.request("POST", "/api/v1/activities/import").token(token).header("Accept-Language", language)
                .body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** A recorder of the agency whose account is limited to {@code unit}. */
    private static String recorder(String unit) {
        return Tokens.token(AGENCY, unit, Role.RECORDER);
    }

    private static String subjectOf(String unit) {
        return "user-" + AGENCY.toLowerCase(java.util.Locale.ROOT) + "-" + unit;
    }

    private static String approver(String name, String locality) {
        return PEOPLE.issue(name, AGENCY, Set.of(Role.APPROVER), locality, Duration.ofHours(1));
    }

    static String activity(String commune, String day) {
        return """
                {"agency": "WOMEN_UNION", "partnerAgencies": [], "level": "COMMUNE",
                 "locality": {"province": "62", "district": "610", "commune": "%s"},
                 "kind": "VILLAGE_MEETING", "topics": ["an ninh trật tự"], "title": "Họp thôn %s",
                 "startDate": "%s", "endDate": "%s", "participants": 40, "women": 20, "ethnicMinority": 30}
                """.formatted(commune, UUID.randomUUID(), day, day);
    }

    private static String row(String commune, String day) {
        return "WOMEN_UNION,,COMMUNE,62,610," + commune + ",VILLAGE_MEETING,,,Họp thôn " + UUID.randomUUID() + ","
                + day + ",,10,0,0,,";
    }

    private long activitiesIn(String commune, String month) {
        return mongo.count(Query.query(Criteria.where("locality.commune").is(commune).and("status").is("RECORDED")
                .and("startDate").gte(month + "-01").lte(month + "-31")), ActivityStore.COLLECTION);
    }

    private List<ConsumerRecord<String, byte[]>> awaitPeriodEvents(String id, int count) {
        return awaitPeriodEvents(periodTopic, id, count);
    }

    /** The events of the period {@code id} on its topic, once there are at least {@code count}. */
    static List<ConsumerRecord<String, byte[]>> awaitPeriodEvents(TopicRecords topic, String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.withKey(Topics.PERIOD, id).size() >= count);
        return topic.withKey(Topics.PERIOD, id);
    }
}
