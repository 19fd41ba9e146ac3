package vn.antq.activities.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

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

/** The police record a commune's outcome figures of a month, revise them, and only the police and OPS read them. */
@EventServiceTest
class OutcomesIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String POLICE = Tokens.token("POLICE", null, Role.RECORDER);
    static final String OPS = Tokens.token("OPS", null, Role.OPS);
    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", null, Role.RECORDER, Role.APPROVER);

    /** Each test takes months of its own, so that a record of one never meets another's. */
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger(ThreadLocalRandom.current().nextInt(60));

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
    void aPoliceRecorderRecordsACommunesMonthAndItsEventIsPublished() {
        String month = nextMonth();

        HttpApi.Response created = api.request("POST", "/api/v1/outcomes").token(POLICE)
                .json(figures("62", "608", "23284", month, 3)).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = "23284:" + month;
        assertThat(created.json().get("id").asString()).isEqualTo(id);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.json().get("crimes").asLong()).isEqualTo(3 + 1 + 0 + 2);
        assertThat(created.header("Location")).endsWith("/api/v1/outcomes/23284/" + month);
        assertThat(created.etag()).isEqualTo("\"1\"");

        ConsumerRecord<String, byte[]> event = awaitEvents(id, 1).get(0);
        assertThat(TopicRecords.header(event, "ce_type")).isEqualTo(EventTypes.OUTCOME_RECORDED);
        assertThat(TopicRecords.header(event, "ce_subject")).isEqualTo(id);
        assertThat(SCHEMAS.validate(EventTypes.OUTCOME_RECORDED, event.value())).isEmpty();
        assertThat(TopicRecords.body(event)).contains("\"drugCrimes\":3", "\"month\":\"" + month + "\"");
    }

    @Test
    void aMonthIsRecordedOnceAndRevisedOnlyAtItsCurrentVersion() {
        String month = nextMonth();
        String path = "/api/v1/outcomes/23281/" + month;
        api.request("POST", "/api/v1/outcomes").token(POLICE).json(figures("62", "608", "23281", month, 1)).send();

        HttpApi.Response again = api.request("POST", "/api/v1/outcomes").token(POLICE)
                .json(figures("62", "608", "23281", month, 2)).send();
        HttpApi.Response withoutIfMatch = api.request("PUT", path).token(POLICE)
                .json(figures("62", "608", "23281", month, 2)).send();
        HttpApi.Response stale = api.request("PUT", path).token(POLICE).header("If-Match", "\"7\"")
                .json(figures("62", "608", "23281", month, 2)).send();
        HttpApi.Response revised = api.request("PUT", path).token(POLICE).header("If-Match", "\"1\"")
                .json(figures("62", "608", "23281", month, 5)).send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.etag()).isEqualTo("\"1\"");
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("version").asLong()).isEqualTo(2);
        assertThat(revised.json().get("drugCrimes").asLong()).isEqualTo(5);
        assertThat(api.request("GET", path).token(POLICE).send().json().get("drugCrimes").asLong()).isEqualTo(5);
        List<ConsumerRecord<String, byte[]>> events = awaitEvents("23281:" + month, 2);
        assertThat(events).extracting(TopicRecords::body).anySatisfy(body -> assertThat(body).contains("\"version\":2"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOnceAndPublishesOnce() {
        String month = nextMonth();
        String key = UUID.randomUUID().toString();
        String body = figures("62", "608", "23284", month, 4);

        HttpApi.Response first = api.request("POST", "/api/v1/outcomes").token(POLICE).header("Idempotency-Key", key)
                .json(body).send();
        HttpApi.Response retry = api.request("POST", "/api/v1/outcomes").token(POLICE).header("Idempotency-Key", key)
                .json(body).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        awaitEvents("23284:" + month, 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> topic.withKey(Topics.OUTCOME, "23284:" + month).size() == 1);
    }

    @Test
    void onlyARecorderOfThePoliceRecords() {
        String month = nextMonth();
        String policeApprover = Tokens.token("POLICE", null, Role.APPROVER);
        String otherDistrict = Tokens.token("POLICE", "615", Role.RECORDER);

        assertThat(api.request("POST", "/api/v1/outcomes").token(WOMEN_UNION)
                .json(figures("62", "608", "23284", month, 1)).send().status()).isEqualTo(403);
        assertThat(api.request("POST", "/api/v1/outcomes").token(OPS)
                .json(figures("62", "608", "23284", month, 1)).send().status()).isEqualTo(403);
        assertThat(api.request("POST", "/api/v1/outcomes").token(policeApprover)
                .json(figures("62", "608", "23284", month, 1)).send().status()).isEqualTo(403);
        assertThat(api.request("POST", "/api/v1/outcomes").token(otherDistrict)
                .json(figures("62", "608", "23284", month, 1)).send().status()).isEqualTo(403);
        assertThat(api.request("POST", "/api/v1/outcomes").json(figures("62", "608", "23284", month, 1)).send().status())
                .isEqualTo(401);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is("23284:" + month)), OutcomeStore.COLLECTION)).isZero();
    }

    @Test
    void aCommunesFiguresAreReadByThePoliceAndOpsOnly() {
        String month = nextMonth();
        api.request("POST", "/api/v1/outcomes").token(POLICE).json(figures("62", "608", "23284", month, 2)).send();
        String path = "/api/v1/outcomes/23284/" + month;

        assertThat(api.request("GET", path).token(POLICE).send().status()).isEqualTo(200);
        assertThat(api.request("GET", path).token(OPS).send().status()).isEqualTo(200);
        assertThat(api.request("GET", path).token(WOMEN_UNION).send().status()).isEqualTo(403);
        assertThat(api.request("GET", path).token(Tokens.token("POLICE", "615", Role.RECORDER)).send().status())
                .isEqualTo(403);
        HttpApi.Response list = api.request("GET", "/api/v1/outcomes?locality=23284&from=" + month + "&to=" + month)
                .token(OPS).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("id").asString()).isEqualTo("23284:" + month);
        assertThat(api.request("GET", "/api/v1/outcomes").token(WOMEN_UNION).send().status()).isEqualTo(403);
        assertThat(api.request("GET", "/api/v1/outcomes?from=2024-13").token(POLICE).send().status()).isEqualTo(400);
    }

    @Test
    void negativeCountsAndAFutureMonthAreRefusedFieldByFieldInBothLanguages() {
        String body = """
                {"locality": {"province": "51", "commune": "23512"}, "month": "2099-12",
                 "drugCrimes": -1, "socialEvils": -2}
                """;

        HttpApi.Response vi = api.request("POST", "/api/v1/outcomes").token(POLICE).json(body).send();
        HttpApi.Response en = api.request("POST", "/api/v1/outcomes").token(POLICE).header("Accept-Language", "en")
                .json(body).send();

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(vi)).containsExactlyInAnyOrder("month", "drugCrimes", "socialEvils");
        assertThat(error(vi, "drugCrimes")).contains("Không được âm");
        assertThat(error(en, "drugCrimes")).contains("Must not be negative");
        assertThat(error(en, "month")).contains("future");
    }

    @Test
    void theCommuneMustExistInItsMonthInEitherStructure() {
        HttpApi.Response old = api.request("POST", "/api/v1/outcomes").token(POLICE).header("Accept-Language", "en")
                .json(figures("51", null, "23506", "2025-09", 1)).send();
        HttpApi.Response noCommune = api.request("POST", "/api/v1/outcomes").token(POLICE)
                .json(figures("62", "608", null, nextMonth(), 1)).send();

        assertThat(old.status()).isEqualTo(400);
        assertThat(error(old, "locality.commune")).contains("now part of: 23512");
        assertThat(fields(noCommune)).containsExactly("locality.commune");
        HttpApi.Response current = api.request("POST", "/api/v1/outcomes").token(POLICE)
                .json(figures("51", null, "23512", "2025-08", 1)).send();
        assertThat(current.status()).as(current.body()).isIn(201, 409);
        assertThat(api.request("GET", "/api/v1/outcomes/23512/2025-08").token(POLICE).send().json()
                .get("locality").get("province").asString()).isEqualTo("51");
    }

    private static String nextMonth() {
        return YearMonth.of(2020, 1).plusMonths(NEXT_MONTH.getAndIncrement() % 60).toString();
    }

    static String figures(String province, String district, String commune, String month, long drugCrimes) {
        return """
                {"locality": {"province": "%s", "district": %s, "commune": %s}, "month": "%s",
                 "drugCrimes": %d, "propertyCrimes": 1, "violentCrimes": 0, "otherCrimes": 2, "socialEvils": 1,
                 "crimeReports": 4, "offendersReintegrated": 2, "disputesMediated": 6, "securityIncidents": 3}
                """.formatted(province, district == null ? "null" : "\"" + district + "\"",
                commune == null ? "null" : "\"" + commune + "\"", month, drugCrimes);
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

    private List<ConsumerRecord<String, byte[]>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.withKey(Topics.OUTCOME, id).size() >= count);
        return topic.withKey(Topics.OUTCOME, id);
    }
}
