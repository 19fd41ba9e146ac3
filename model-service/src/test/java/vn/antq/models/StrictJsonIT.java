package vn.antq.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/**
 * Models, model reports and model types take a value only in its own JSON type and form, and text without control
 * characters, broken Unicode or (in one-line fields) line breaks: anything else is a 400 naming the field, and
 * nothing is written.
 */
@ModelServiceTest
class StrictJsonIT {

    static final String RECORDER = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    static final String ADMIN = Tokens.token("ADMIN_OFFICE", null, Role.ADMIN);
    static final List<String> COLLECTIONS = List.of("models", "model_reports", "model_types");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    /** A valid model with the JSON value of one field replaced, written as given. */
    static String model(String field, String rawJson) {
        String valid = """
                {"name": "Tổ hòa giải thôn Kon Gung %s", "type": "MEDIATION_TEAM", "agency": "WOMEN_UNION",
                 "locality": {"province": "62", "commune": "23503"}, "village": "Thôn 3",
                 "establishedOn": "2021-04-15", "members": 9}""".formatted(UUID.randomUUID());
        return replaced(valid, field, rawJson);
    }

    static String report(String field, String rawJson) {
        return replaced("""
                {"period": "2024-05", "meetings": 2, "mediations": 1, "tipsReported": 0, "offendersSupported": 0,
                 "incidents": 0, "membersAtPeriodEnd": 9, "notes": "Hòa giải 1 vụ"}""", field, rawJson);
    }

    static String modelType(String field, String rawJson) {
        return replaced("""
                {"code": "TYPE_%s", "labelVi": "Tổ an ninh xung kích", "labelEn": "Rapid security team"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase()), field, rawJson);
    }

    private static String replaced(String valid, String field, String rawJson) {
        String withValue = valid.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[0-9]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + rawJson));
        assertThat(withValue).as(field).isNotEqualTo(valid);
        return withValue;
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("members as text", model("members", "\"50\""), "members"),
                Arguments.of("name as a number", model("name", "123"), "name"),
                Arguments.of("founding date as a date-time", model("establishedOn", "\"2021-04-15T00:00:00Z\""), "establishedOn"),
                Arguments.of("NUL in the name", model("name", "\"Tổ\\u0000hòa giải\""), "name"),
                Arguments.of("BEL in the village", model("village", "\"Thôn\\u00073\""), "village"),
                Arguments.of("a line break in the name", model("name", "\"Tổ hòa giải\\nthôn 3\""), "name"),
                Arguments.of("a tab in the village", model("village", "\"Thôn\\t3\""), "village"),
                Arguments.of("a lone surrogate in the name", model("name", "\"Tổ\\udc00hòa giải\""), "name"),
                Arguments.of("members beyond long", model("members", "100000000000000000000"), "members"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aModelWithAValueOutOfItsTypeOrFormIsRefusedOnItsFieldAndNothingIsWritten(String name, String body,
                                                                                String field) {
        assertRefused(api.request("POST", "/api/v1/models").token(RECORDER).json(body), field);
    }

    @Test
    void aReportsNotesMayHoldLinesButNotControlCharactersOrTextForNumbers() {
        String modelId = api.request("POST", "/api/v1/models").token(RECORDER).json(model("village", "\"Thôn 4\"")).send()
                .json().get("id").asString();
        String reports = "/api/v1/models/" + modelId + "/reports";

        assertRefused(api.request("POST", reports).token(RECORDER).json(report("notes", "\"Họp\\u0000dân\"")), "notes");
        assertRefused(api.request("POST", reports).token(RECORDER).json(report("meetings", "\"2\"")), "meetings");
        assertRefused(api.request("POST", reports).token(RECORDER).json(report("meetings", "true")), "meetings");
        assertRefused(api.request("POST", reports).token(RECORDER).json(report("notes", "\"\\ud800\"")), "notes");
        HttpApi.Response lines = api.request("POST", reports).token(RECORDER)
                .json(report("notes", "\"Dòng 1\\r\\nDòng 2\\tcột 2\"")).send();
        assertThat(lines.status()).as(lines.body()).isEqualTo(201);
    }

    @Test
    void aModelTypesLabelsAreOneLineOfText() {
        assertRefused(api.request("POST", "/api/v1/model-types").token(ADMIN)
                .json(modelType("labelVi", "\"Tổ an ninh\\nxung kích\"")), "labelVi");
        assertRefused(api.request("POST", "/api/v1/model-types").token(ADMIN).json(modelType("labelEn", "42")), "labelEn");
        assertRefused(api.request("POST", "/api/v1/model-types").token(ADMIN)
                .json(modelType("labelEn", "\"Rapid\\u001bsecurity\"")), "labelEn");
    }

    @Test
    void aLineBreakInANameIsExplainedInBothLanguages() {
        String body = model("name", "\"Tổ hòa giải\\nthôn 3\"");

        HttpApi.Response vi = api.request("POST", "/api/v1/models").token(RECORDER).json(body).send();
        HttpApi.Response en = api.request("POST", "/api/v1/models").token(RECORDER).header("Accept-Language", "en")
                .json(body).send();

        assertThat(vi.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Tên mô hình phải viết trên một dòng, không có dấu xuống dòng hay ký tự tab");
        assertThat(en.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Name must be a single line, without line breaks or tabs");
    }

    private void assertRefused(HttpApi.Request request, String field) {
        Map<String, Long> before = counts();

        HttpApi.Response response = request.send();

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as(response.body()).containsExactly(field);
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return COLLECTIONS.stream().collect(Collectors.toMap(c -> c, c -> mongo.getCollection(c).countDocuments()));
    }
}
