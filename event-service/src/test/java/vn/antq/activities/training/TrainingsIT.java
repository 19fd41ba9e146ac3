package vn.antq.activities.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.TopicRecords;

/**
 * An agency records a digital-skills training of its outreach staff, revises it, cancels it; every change is one
 * {@code training.recorded} event with the whole session; bad input and other agencies change nothing.
 */
@EventServiceTest
class TrainingsIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    static final String OPS = Tokens.token("OPS", null, Role.OPS);
    static final String POLICE = Tokens.token("POLICE", null, Role.RECORDER);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;
    final TopicRecords topic = TopicRecords.embedded();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void aWomenUnionRecorderRecordsATrainingAndItsWholeSessionIsPublished() {
        String title = uniqueTitle();

        HttpApi.Response created = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .json(districtTraining(null, title, "2024-05-10", 12)).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.json().get("agency").asString()).as("the organiser is the token's agency")
                .isEqualTo("WOMEN_UNION");
        assertThat(created.json().get("staff").asLong()).isEqualTo(12 + 3);
        assertThat(created.json().get("localityName").asString()).contains("Kon Tum");
        assertThat(created.header("Location")).endsWith("/api/v1/trainings/" + id);
        assertThat(created.etag()).isEqualTo("\"1\"");

        ConsumerRecord<String, byte[]> event = awaitEvents(id, 1).get(0);
        assertThat(event.key()).isEqualTo(id);
        assertThat(TopicRecords.header(event, "ce_type")).isEqualTo(EventTypes.TRAINING_RECORDED);
        assertThat(TopicRecords.header(event, "ce_subject")).isEqualTo(id);
        assertThat(SCHEMAS.validate(EventTypes.TRAINING_RECORDED, event.value())).isEmpty();
        JsonNode body = HttpApi.json(TopicRecords.body(event));
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("agency").asString()).isEqualTo("WOMEN_UNION");
        assertThat(body.get("title").asString()).isEqualTo(title);
        assertThat(body.get("locality").get("district").asString()).isEqualTo("608");
        assertThat(body.get("topics").toString()).isEqualTo("[\"ZALO_GROUP\",\"COUNTERING_FALSE_NEWS\"]");
        assertThat(body.get("trainers").toString()).isEqualTo("[\"Nguyễn Thị Hoa\",\"Trần Văn Nam\"]");
        assertThat(body.get("attendees")).hasSize(2);
        assertThat(body.get("attendees").get(0).get("agency").asString()).isEqualTo("WOMEN_UNION");
        assertThat(body.get("attendees").get(0).get("unit").get("commune").asString()).isEqualTo("23284");
        assertThat(body.get("attendees").get(0).get("staff").asLong()).isEqualTo(12);
        assertThat(body.get("attendees").get(1).get("agency").asString()).isEqualTo("POLICE");
        assertThat(body.get("cancelled").asBoolean()).isFalse();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOnceAndPublishesOnce() {
        String key = UUID.randomUUID().toString();
        String title = uniqueTitle();
        String body = districtTraining("WOMEN_UNION", title, "2024-04-02", 5);

        HttpApi.Response first = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(body).send();
        HttpApi.Response retry = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(body).send();
        HttpApi.Response otherBody = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(districtTraining("WOMEN_UNION", title, "2024-04-02", 6)).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), TrainingStore.COLLECTION)).isEqualTo(1);
        awaitEvents(first.text("id"), 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> topic.withKey(Topics.TRAINING, first.text("id")).size() == 1);
    }

    @Test
    void aRevisionNeedsTheCurrentVersionAndRepublishesTheWholeSession() {
        String id = record(WOMEN_UNION, districtTraining(null, uniqueTitle(), "2024-03-05", 8));
        String path = "/api/v1/trainings/" + id;
        String revisedTitle = uniqueTitle();
        String revised = districtTraining(null, revisedTitle, "2024-03-05", 20);

        HttpApi.Response withoutIfMatch = api.request("PUT", path).token(WOMEN_UNION).json(revised).send();
        HttpApi.Response stale = api.request("PUT", path).token(WOMEN_UNION).header("If-Match", "\"7\"")
                .json(revised).send();
        HttpApi.Response done = api.request("PUT", path).token(WOMEN_UNION).header("If-Match", "\"1\"")
                .json(revised).send();
        HttpApi.Response again = api.request("PUT", path).token(WOMEN_UNION).header("If-Match", "\"1\"")
                .json(revised).send();

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.etag()).isEqualTo("\"2\"");
        assertThat(done.text("id")).isEqualTo(id);
        assertThat(done.json().get("staff").asLong()).isEqualTo(20 + 3);
        assertThat(again.status()).as("a stale version after the revision").isEqualTo(412);
        assertThat(again.etag()).isEqualTo("\"2\"");
        HttpApi.Response read = api.request("GET", path).token(WOMEN_UNION).send();
        assertThat(read.text("title")).isEqualTo(revisedTitle);
        assertThat(read.etag()).isEqualTo("\"2\"");
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 2);
        assertThat(events).hasSize(2);
        JsonNode second = HttpApi.json(TopicRecords.body(events.get(1)));
        assertThat(second.get("version").asLong()).isEqualTo(2);
        assertThat(second.get("title").asString()).isEqualTo(revisedTitle);
        assertThat(second.get("attendees").get(0).get("staff").asLong()).isEqualTo(20);
        assertThat(SCHEMAS.validate(EventTypes.TRAINING_RECORDED, events.get(1).value())).isEmpty();
    }

    @Test
    void cancellingKeepsTheTrainingReadableAndPublishesItCancelled() {
        String id = record(WOMEN_UNION, districtTraining(null, uniqueTitle(), "2024-02-20", 4));
        String path = "/api/v1/trainings/" + id;

        HttpApi.Response withoutIfMatch = api.request("DELETE", path).token(WOMEN_UNION).send();
        HttpApi.Response cancelled = api.request("DELETE", path).token(WOMEN_UNION).header("If-Match", "\"1\"").send();
        HttpApi.Response again = api.request("DELETE", path).token(WOMEN_UNION).header("If-Match", "\"2\"")
                .header("Accept-Language", "en").send();
        HttpApi.Response revise = api.request("PUT", path).token(WOMEN_UNION).header("If-Match", "\"2\"")
                .json(districtTraining(null, uniqueTitle(), "2024-02-20", 4)).send();
        HttpApi.Response read = api.request("GET", path).token(WOMEN_UNION).send();

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelled").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("is cancelled");
        assertThat(revise.status()).isEqualTo(409);
        assertThat(read.json().get("cancelled").asBoolean()).isTrue();
        assertThat(read.etag()).isEqualTo("\"2\"");
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 2);
        assertThat(events).extracting(e -> TopicRecords.header(e, "ce_type"))
                .containsExactly(EventTypes.TRAINING_RECORDED, EventTypes.TRAINING_RECORDED);
        JsonNode last = HttpApi.json(TopicRecords.body(events.get(1)));
        assertThat(last.get("version").asLong()).isEqualTo(2);
        assertThat(last.get("cancelled").asBoolean()).isTrue();
        assertThat(last.get("attendees")).as("the whole session, cancelled").hasSize(2);
        assertThat(SCHEMAS.validate(EventTypes.TRAINING_RECORDED, events.get(1).value())).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedInBothLanguagesAndNothingIsStored() {
        String title = uniqueTitle();
        String body = """
                {"locality": {"province": "62", "district": "608"}, "title": "%s",
                 "startDate": "2024-05-10", "endDate": "2024-05-09",
                 "topics": ["ZALO_GROUP", "TIKTOK", "ZALO_GROUP"],
                 "trainers": ["Nguyễn Thị Hoa", " nguyễn thị hoa "],
                 "attendees": [
                   {"agency": "WOMEN_UNION", "unit": {"province": "62", "district": "608", "commune": "23284"}, "staff": 0},
                   {"agency": "YOUTH", "unit": {"province": "62", "district": "608", "commune": "23281"}, "staff": 3},
                   {"agency": "POLICE", "unit": {"province": "62", "district": "611", "commune": "23377"}, "staff": 2},
                   {"agency": "VETERANS", "unit": {"province": "62", "district": "608", "commune": "23281"}, "staff": 10001},
                   {"agency": "FARMERS", "unit": {"province": "62", "district": "608", "commune": "99999"}, "staff": 1}
                 ]}
                """.formatted(title);

        HttpApi.Response vi = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION).json(body).send();
        HttpApi.Response en = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .header("Accept-Language", "en").json(body).send();

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(vi)).containsExactlyInAnyOrder("endDate", "topics[1]", "topics[2]", "trainers[1]",
                "attendees[0].staff", "attendees[1].agency", "attendees[2].unit", "attendees[3].staff",
                "attendees[4].unit.commune");
        assertThat(fields(en)).isEqualTo(fields(vi));
        assertThat(error(vi, "endDate")).contains("trước ngày bắt đầu");
        assertThat(error(en, "endDate")).contains("before start date");
        assertThat(error(vi, "topics[1]")).contains("không có trong danh mục", "Quản lý nhóm Zalo");
        assertThat(error(en, "topics[1]")).contains("Unknown topic: TIKTOK");
        assertThat(error(vi, "trainers[1]")).contains("bị lặp");
        assertThat(error(en, "attendees[1].agency")).contains("Unknown agency: YOUTH");
        assertThat(error(vi, "attendees[2].unit")).contains("không thuộc địa bàn");
        assertThat(error(en, "attendees[2].unit")).contains("is not inside the place of the training");
        assertThat(error(en, "attendees[3].staff")).contains("from 1 to 10000");
        assertNothingStoredOrPublished(title);
    }

    @Test
    void missingListsAFutureEndAndALongTitleAreRefused() {
        String longTitle = "T".repeat(301);
        String body = """
                {"locality": {"province": "62"}, "title": "%s", "startDate": "2024-05-10", "endDate": "2099-01-01",
                 "topics": [], "trainers": [], "attendees": []}
                """.formatted(longTitle);

        HttpApi.Response en = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .header("Accept-Language", "en").json(body).send();

        assertThat(en.status()).isEqualTo(400);
        assertThat(fields(en)).containsExactlyInAnyOrder("title", "endDate", "topics", "trainers", "attendees");
        assertThat(error(en, "endDate")).contains("future");
        assertThat(error(en, "title")).contains("longer than 300");
        assertThat(mongo.count(Query.query(Criteria.where("title").is(longTitle)), TrainingStore.COLLECTION)).isZero();
    }

    @Test
    void eachUnitIsCheckedInTheStructureInForceOnTheStartDateAndListedOncePerAgency() {
        String title = uniqueTitle();
        // Since July 2025 the province of Kon Tum is part of 51 and commune 23506 part of 23512.
        String merged = """
                {"locality": {"province": "51"}, "title": "%s", "startDate": "2025-09-10",
                 "topics": ["WORKSPACE"], "trainers": ["Lê Văn Ba"],
                 "attendees": [
                   {"agency": "WOMEN_UNION", "unit": {"province": "51", "commune": "23506"}, "staff": 2},
                   {"agency": "WOMEN_UNION", "unit": {"province": "51", "commune": "23512"}, "staff": 2},
                   {"agency": "WOMEN_UNION", "unit": {"province": "51", "commune": "23512"}, "staff": 4}
                 ]}
                """.formatted(title);

        HttpApi.Response refused = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .header("Accept-Language", "en").json(merged).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("attendees[0].unit.commune", "attendees[2]");
        assertThat(error(refused, "attendees[0].unit.commune")).contains("23512");
        assertThat(error(refused, "attendees[2]")).contains("listed twice");
        assertNothingStoredOrPublished(title);

        // A province-level training trains staff of anywhere in the province.
        HttpApi.Response accepted = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION).json("""
                {"locality": {"province": "51"}, "title": "%s", "startDate": "2025-09-10",
                 "topics": ["WORKSPACE"], "trainers": ["Lê Văn Ba"],
                 "attendees": [{"agency": "WOMEN_UNION", "unit": {"province": "51", "commune": "23512"}, "staff": 2}]}
                """.formatted(title)).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("attendees").get(0).get("unitName").asString()).isNotBlank();
    }

    @Test
    void aWomenUnionRecorderCannotRecordForThePoliceNorOutsideItsLocality() {
        String title = uniqueTitle();
        String otherDistrict = Tokens.token("WOMEN_UNION", "615", Role.RECORDER);
        String approver = Tokens.token("WOMEN_UNION", null, Role.APPROVER);

        HttpApi.Response forPolice = api.request("POST", "/api/v1/trainings").token(WOMEN_UNION)
                .json(districtTraining("POLICE", title, "2024-05-10", 3)).send();
        HttpApi.Response outside = api.request("POST", "/api/v1/trainings").token(otherDistrict)
                .json(districtTraining(null, title, "2024-05-10", 3)).send();
        HttpApi.Response notARecorder = api.request("POST", "/api/v1/trainings").token(approver)
                .json(districtTraining(null, title, "2024-05-10", 3)).send();
        HttpApi.Response ops = api.request("POST", "/api/v1/trainings").token(OPS)
                .json(districtTraining("WOMEN_UNION", title, "2024-05-10", 3)).send();
        HttpApi.Response anonymous = api.request("POST", "/api/v1/trainings")
                .json(districtTraining(null, title, "2024-05-10", 3)).send();

        assertThat(forPolice.status()).isEqualTo(403);
        assertThat(forPolice.header("Content-Type")).startsWith("application/problem+json");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(notARecorder.status()).isEqualTo(403);
        assertThat(ops.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertNothingStoredOrPublished(title);
    }

    @Test
    void anotherAgencyNeitherReadsNorChangesATrainingButOpsReadsIt() {
        String id = record(WOMEN_UNION, districtTraining(null, uniqueTitle(), "2024-01-15", 6));
        String path = "/api/v1/trainings/" + id;

        assertThat(api.request("GET", path).token(POLICE).send().status()).isEqualTo(403);
        assertThat(api.request("GET", path).token(Tokens.token("WOMEN_UNION", "615", Role.RECORDER)).send().status())
                .isEqualTo(403);
        assertThat(api.request("PUT", path).token(POLICE).header("If-Match", "\"1\"")
                .json(districtTraining("POLICE", uniqueTitle(), "2024-01-15", 6)).send().status()).isEqualTo(403);
        assertThat(api.request("DELETE", path).token(POLICE).header("If-Match", "\"1\"").send().status())
                .isEqualTo(403);
        assertThat(api.request("GET", path).token(OPS).send().status()).isEqualTo(200);
        assertThat(api.request("GET", path).token(Tokens.token("WOMEN_UNION", "608", Role.RECORDER)).send().etag())
                .isEqualTo("\"1\"");
        assertThat(api.request("GET", "/api/v1/trainings/" + UUID.randomUUID()).token(OPS).send().status())
                .isEqualTo(404);
    }

    @Test
    void theListIsNewestFirstPagedFilteredAndScopedToTheReadersAgency() {
        // Days of their own, so that no other training falls in the window.
        LocalDate day = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 5));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(record(WOMEN_UNION, communeTraining("WOMEN_UNION", day.plusDays(i))));
        }
        record(WOMEN_UNION, communeTraining("WOMEN_UNION", day.plusDays(3)));
        String policeId = record(POLICE, communeTraining("POLICE", day.plusDays(1)));
        String window = "&from=" + day + "&to=" + day.plusDays(2);

        HttpApi.Response first = api.request("GET", "/api/v1/trainings?locality=611&size=2&page=0" + window)
                .token(WOMEN_UNION).send();
        HttpApi.Response second = api.request("GET", "/api/v1/trainings?locality=611&size=2&page=1" + window)
                .token(WOMEN_UNION).send();
        HttpApi.Response all = api.request("GET", "/api/v1/trainings?locality=23377&size=10" + window).token(OPS).send();

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(second)).containsExactly(ids.get(0));
        assertThat(first.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.json().get("totalPages").asLong()).isEqualTo(2);
        assertThat(ids(all)).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2), policeId);
        assertThat(api.request("GET", "/api/v1/trainings?agency=POLICE").token(WOMEN_UNION).send().status())
                .isEqualTo(403);
        assertThat(api.request("GET", "/api/v1/trainings?locality=608").token(Tokens.token("WOMEN_UNION", "611",
                Role.RECORDER)).send().status()).isEqualTo(403);
        assertThat(api.request("GET", "/api/v1/trainings?size=0").token(OPS).send().status()).isEqualTo(400);
        assertThat(api.request("GET", "/api/v1/trainings?locality=99").token(OPS).send().status()).isEqualTo(400);
    }

    private String record(String token, String body) {
        HttpApi.Response created = api.request("POST", "/api/v1/trainings").token(token).json(body).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    static String uniqueTitle() {
        return "Tập huấn kỹ năng số " + UUID.randomUUID();
    }

    /** A training held in district 608 (Kon Tum), for its women's union and police staff. */
    static String districtTraining(String agency, String title, String startDate, long womenUnionStaff) {
        return """
                {%s"locality": {"province": "62", "district": "608"}, "title": "%s",
                 "startDate": "%s", "topics": ["ZALO_GROUP", "COUNTERING_FALSE_NEWS"],
                 "trainers": ["Nguyễn Thị Hoa", "Trần Văn Nam"],
                 "attendees": [
                   {"agency": "WOMEN_UNION", "unit": {"province": "62", "district": "608", "commune": "23284"}, "staff": %d},
                   {"agency": "POLICE", "unit": {"province": "62", "district": "608", "commune": "23281"}, "staff": 3}
                 ]}
                """.formatted(agency == null ? "" : "\"agency\": \"" + agency + "\", ", title, startDate,
                womenUnionStaff);
    }

    /** A training held in commune 23377 (district 611) on {@code day}. */
    static String communeTraining(String agency, LocalDate day) {
        return """
                {"agency": "%s", "locality": {"province": "62", "district": "611", "commune": "23377"},
                 "title": "%s", "startDate": "%s", "endDate": "%s", "topics": ["SAFE_SOCIAL_MEDIA"],
                 "trainers": ["Y Phương"],
                 "attendees": [{"agency": "%s", "unit": {"province": "62", "district": "611", "commune": "23377"},
                                "staff": 9}]}
                """.formatted(agency, uniqueTitle(), day, day, agency);
    }

    private static List<String> ids(HttpApi.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> fields(HttpApi.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String error(HttpApi.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + " in " + response.body());
    }

    private void assertNothingStoredOrPublished(String title) {
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), TrainingStore.COLLECTION)).isZero();
        assertThat(topic.matching(Topics.TRAINING, r -> TopicRecords.body(r).contains(title))).isEmpty();
    }

    private List<ConsumerRecord<String, byte[]>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.withKey(Topics.TRAINING, id).size() >= count);
        return topic.withKey(Topics.TRAINING, id);
    }
}
