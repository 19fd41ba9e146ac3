package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.Topics;
import vn.antq.activities.EventServiceTest;
import vn.antq.testsupport.HttpApi;
import vn.antq.activities.Tokens;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.TopicRecords;

/** Bad input of every kind gets a clear 4xx problem naming the field, and changes nothing. */
@EventServiceTest
class BadInputIT {

    static final String TOKEN = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    static final String MARKER = "bad-input-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    /** A valid body with one field replaced (or added) by a raw JSON value. */
    static String with(String field, String rawJson) {
        String valid = """
                {"agency": "WOMEN_UNION", "partnerAgencies": ["POLICE"], "level": "COMMUNE",
                 "locality": {"province": "62", "district": "615", "commune": "23500"},
                 "kind": "VILLAGE_MEETING", "topics": ["an ninh"], "title": "%s",
                 "startDate": "2024-05-10", "endDate": "2024-05-11",
                 "participants": 120, "women": 70, "ethnicMinority": 90}""".formatted(MARKER);
        JsonNode node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(valid);
        var object = (tools.jackson.databind.node.ObjectNode) node;
        String[] path = field.split("\\.");
        var target = object;
        for (int i = 0; i < path.length - 1; i++) {
            target = (tools.jackson.databind.node.ObjectNode) target.get(path[i]);
        }
        if (rawJson == null) {
            target.remove(path[path.length - 1]);
        } else {
            target.set(path[path.length - 1], tools.jackson.databind.json.JsonMapper.builder().build().readTree(rawJson));
        }
        return object.toString();
    }

    /** A valid body whose title is the raw JSON given, written as it is (a lone surrogate escape survives). */
    static String titled(String rawJson) {
        return with("title", "\"TITLE\"").replace("\"TITLE\"", rawJson);
    }

    static Stream<Arguments> badBodies() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("broken JSON", "{\"agency\": \"WOMEN_UNION\", ", 400, null));
        cases.add(Arguments.of("empty body", "", 400, null));
        cases.add(Arguments.of("array instead of object", "[1, 2]", 400, null));
        cases.add(Arguments.of("negative participants", with("participants", "-5"), 400, "participants"));
        cases.add(Arguments.of("women more than participants", with("women", "121"), 400, "women"));
        cases.add(Arguments.of("ethnic minority more than participants", with("ethnicMinority", "500"), 400, "ethnicMinority"));
        cases.add(Arguments.of("negative reach", with("reach", "-1"), 400, "reach"));
        cases.add(Arguments.of("unknown kind", with("kind", "\"DANCE_PARTY\""), 400, "kind"));
        cases.add(Arguments.of("unknown level", with("level", "\"GALAXY\""), 400, "level"));
        cases.add(Arguments.of("unknown channel", with("channel", "\"TELEPATHY\""), 400, "channel"));
        cases.add(Arguments.of("unknown commune", with("locality.commune", "\"99999\""), 400, "locality.commune"));
        cases.add(Arguments.of("commune of another district", with("locality.commune", "\"23281\""), 400, "locality.commune"));
        cases.add(Arguments.of("unknown province", with("locality.province", "\"99\""), 400, "locality.province"));
        cases.add(Arguments.of("malformed province", with("locality.province", "\"6A\""), 400, "locality.province"));
        cases.add(Arguments.of("missing province", with("locality.province", null), 400, "locality.province"));
        cases.add(Arguments.of("missing locality", with("locality", null), 400, "locality.province"));
        cases.add(Arguments.of("end before start", with("endDate", "\"2024-05-01\""), 400, "endDate"));
        cases.add(Arguments.of("start in the future", with("startDate", "\"2099-01-01\""), 400, "startDate"));
        cases.add(Arguments.of("end in the future", with("endDate", "\"2099-01-01\""), 400, "endDate"));
        cases.add(Arguments.of("impossible date", with("startDate", "\"2024-13-45\""), 400, "startDate"));
        cases.add(Arguments.of("participants not a number", with("participants", "\"many\""), 400, "participants"));
        cases.add(Arguments.of("participants a fraction", with("participants", "1.5"), 400, "participants"));
        cases.add(Arguments.of("participants absurdly large", with("participants", "50000000"), 400, "participants"));
        cases.add(Arguments.of("missing title", with("title", null), 400, "title"));
        cases.add(Arguments.of("title too long", with("title", "\"" + "x".repeat(301) + "\""), 400, "title"));
        cases.add(Arguments.of("kind and channel disagree", with("channel", "\"ONLINE\""), 400, "channel"));
        cases.add(Arguments.of("OTHER kind without channel", with("kind", "\"OTHER\""), 400, "channel"));
        cases.add(Arguments.of("unknown partner agency", with("partnerAgencies", "[\"NOBODY\"]"), 400, "partnerAgencies[0]"));
        cases.add(Arguments.of("own agency as partner", with("partnerAgencies", "[\"WOMEN_UNION\"]"), 400, "partnerAgencies[0]"));
        cases.add(Arguments.of("unknown recording agency", with("agency", "\"NOBODY\""), 400, "agency"));
        cases.add(Arguments.of("unknown field", with("participantz", "3"), 400, "participantz"));
        cases.add(Arguments.of("too many topics", with("topics", "[" + String.join(",",
                java.util.Collections.nCopies(21, "\"t\"")) + "]"), 400, "topics"));
        cases.add(Arguments.of("missing start date", with("startDate", null), 400, "startDate"));
        cases.add(Arguments.of("start in year 1", with("startDate", "\"0001-06-02\""), 400, "startDate"));
        cases.add(Arguments.of("start in 1800", with("startDate", "\"1800-01-01\""), 400, "startDate"));
        cases.add(Arguments.of("start at the smallest year", with("startDate", "\"-999999999-01-01\""), 400, "startDate"));
        cases.add(Arguments.of("end after 2099", with("endDate", "\"2100-01-01\""), 400, "endDate"));
        // Strict JSON: a value only in its own type and form, text without control characters or broken Unicode.
        cases.add(Arguments.of("participants as text", with("participants", "\"50\""), 400, "participants"));
        cases.add(Arguments.of("title as a number", with("title", "123"), 400, "title"));
        cases.add(Arguments.of("title as a boolean", with("title", "true"), 400, "title"));
        cases.add(Arguments.of("start date as a date-time", with("startDate", "\"2024-05-10T00:00:00Z\""), 400, "startDate"));
        cases.add(Arguments.of("end date as a local date-time", with("endDate", "\"2024-05-11T08:00:00\""), 400, "endDate"));
        cases.add(Arguments.of("NUL in the title", titled("\"Họp\\u0000dân\""), 400, "title"));
        cases.add(Arguments.of("BEL and ESC in the title", titled("\"Họp\\u0007dân\\u001b[31m\""), 400, "title"));
        cases.add(Arguments.of("a line break in the title", titled("\"Họp dân\\nthôn\""), 400, "title"));
        cases.add(Arguments.of("a tab in a topic", with("topics", "[\"an\\tninh\"]"), 400, "topics[0]"));
        cases.add(Arguments.of("a lone surrogate in the title", titled("\"Họp\\ud800dân\""), 400, "title"));
        cases.add(Arguments.of("participants beyond long", with("participants", "100000000000000000000"), 400, "participants"));
        cases.add(Arguments.of("participants just beyond long", with("participants", "9223372036854775808"), 400, "participants"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badBodiesAreRefusedWithAProblemNamingTheFieldAndChangeNothing(String name, String body, int status,
                                                                       String field) {
        long before = mongo.getCollection(ActivityStore.COLLECTION).countDocuments();

        HttpApi.Response response = api.request("POST", "/api/v1/activities").token(TOKEN).json(body).send();

        assertProblem(response, status);
        if (field != null) {
            assertThat(response.json().get("errors")).as(response.body())
                    .anySatisfy(error -> assertThat(error.get("field").asString()).isEqualTo(field));
        }
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertUnchanged(before);
    }

    @org.junit.jupiter.api.Test
    void aFiveMegabyteBodyIsRefusedAsTooLarge() {
        long before = mongo.getCollection(ActivityStore.COLLECTION).countDocuments();
        byte[] huge = with("title", "\"" + "x".repeat(5 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);

        HttpApi.Response response = api.request("POST", "/api/v1/activities").token(TOKEN)
                .body("application/json", huge).send();

        assertProblem(response, 413);
        assertUnchanged(before);
    }

    @org.junit.jupiter.api.Test
    void aWrongContentTypeIsRefused() {
        long before = mongo.getCollection(ActivityStore.COLLECTION).countDocuments();

        HttpApi.Response response = api.request("POST", "/api/v1/activities").token(TOKEN)
                .body("text/plain", with("title", "\"plain\"").getBytes(StandardCharsets.UTF_8)).send();

        assertProblem(response, 415);
        assertUnchanged(before);
    }

    @org.junit.jupiter.api.Test
    void problemsAreInVietnameseByDefaultAndInEnglishOnRequest() {
        String body = with("women", "121");

        HttpApi.Response vi = api.request("POST", "/api/v1/activities").token(TOKEN).json(body).send();
        HttpApi.Response en = api.request("POST", "/api/v1/activities").token(TOKEN).header("Accept-Language", "en")
                .json(body).send();

        assertThat(vi.json().get("errors").get(0).get("message").asString()).contains("phụ nữ");
        assertThat(en.json().get("errors").get(0).get("message").asString()).contains("Women");
    }

    @org.junit.jupiter.api.Test
    void aControlCharacterOrALineBreakInTheTitleIsExplainedInBothLanguages() {
        HttpApi.Response nul = api.request("POST", "/api/v1/activities").token(TOKEN)
                .json(titled("\"Họp\\u0000dân\"")).send();
        HttpApi.Response lineBreak = api.request("POST", "/api/v1/activities").token(TOKEN).header("Accept-Language", "en")
                .json(titled("\"Họp dân\\nthôn\"")).send();

        assertThat(nul.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Có ký tự không được phép (U+0000): ký tự điều khiển hoặc ký tự Unicode bị hỏng.");
        assertThat(lineBreak.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Title must be a single line, without line breaks or tabs");
    }

    private static void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private void assertUnchanged(long countBefore) {
        assertThat(mongo.getCollection(ActivityStore.COLLECTION).countDocuments()).isEqualTo(countBefore);
        assertThat(TopicRecords.embedded().matching(Topics.ACTIVITY, r -> TopicRecords.body(r).contains(MARKER)))
                .isEmpty();
    }
}
