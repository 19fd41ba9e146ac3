package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/**
 * Reviews, nominations and decisions take a value only in its own JSON type and form, and text without control
 * characters, broken Unicode or (in one-line fields) line breaks: anything else is a 400 naming the field, and
 * nothing is written.
 */
@AwardServiceTest
class StrictJsonIT {

    static final List<String> COLLECTIONS = List.of("reviews", "awards");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;
    String run;
    String recorder;
    String approver;
    String reviewId;

    @BeforeEach
    void holdAReview() {
        api = new HttpApi(port);
        run = Bodies.unique();
        recorder = Tokens.token("recorder-" + run, "WOMEN_UNION", "62", Role.RECORDER);
        approver = Tokens.token("approver-" + run, "WOMEN_UNION", "62", Role.APPROVER);
        reviewId = api.post("/api/v1/reviews", recorder, Bodies.konTumFinalReview("Tổng kết " + run)).text("id");
    }

    @Test
    void aReviewWithAValueOutOfItsTypeOrFormIsRefusedOnItsField() {
        String review = Bodies.konTumFinalReview("Tổng kết " + run + " lần 2");

        assertRefused(() -> post("/api/v1/reviews", recorder, replaced(review, "title", "123")), "title");
        assertRefused(() -> post("/api/v1/reviews", recorder, replaced(review, "heldOn", "\"2024-10-15T08:00:00+07:00\"")),
                "heldOn");
        assertRefused(() -> post("/api/v1/reviews", recorder, replaced(review, "title", "\"Tổng kết\\u0000\"")), "title");
        assertRefused(() -> post("/api/v1/reviews", recorder, replaced(review, "title", "\"Tổng kết\\ngiai đoạn\"")),
                "title");
        assertRefused(() -> post("/api/v1/reviews", recorder, replaced(review, "title", "\"Tổng kết\\ud800\"")), "title");
    }

    @Test
    void aNominationsNameIsOneLineAndItsCitationHasNoControlCharacters() {
        String nomination = nomination();

        assertRefused(() -> post("/api/v1/awards", recorder, replaced(nomination, "recipientName", "\"Hội LHPN\\txã\"")),
                "recipientName");
        assertRefused(() -> post("/api/v1/awards", recorder, replaced(nomination, "recipientName", "true")),
                "recipientName");
        assertRefused(() -> post("/api/v1/awards", recorder, replaced(nomination, "citation", "\"Thành tích\\u0007\"")),
                "citation");
    }

    @Test
    void aDecisionIsRefusedOnItsFieldAndTheAwardStaysAsItWas() {
        HttpApi.Response nominated = post("/api/v1/awards", recorder, nomination());
        String decision = "/api/v1/awards/" + nominated.text("id") + "/decision";
        String approval = Bodies.approval("Chủ tịch UBND tỉnh Kon Tum", run + "/QĐ-UBND", "2024-11-01");

        assertRefused(() -> decide(decision, nominated, replaced(approval, "approve", "\"true\"")), "approve");
        assertRefused(() -> decide(decision, nominated, replaced(approval, "approve", "1")), "approve");
        assertRefused(() -> decide(decision, nominated, replaced(approval, "decidedOn", "\"2024-11-01T00:00:00Z\"")),
                "decidedOn");
        assertRefused(() -> decide(decision, nominated, replaced(approval, "issuer", "\"Chủ tịch\\r\\nUBND\"")), "issuer");
        assertRefused(() -> decide(decision, nominated, replaced(approval, "decisionNo", "\"12\\u0000\"")), "decisionNo");
        assertRefused(() -> decide(decision, nominated, replaced(Bodies.rejection("Chưa đủ"), "reason", "\"Chưa\\u001bđủ\"")),
                "reason");
        assertThat(api.get("/api/v1/awards/" + nominated.text("id"), recorder).etag()).isEqualTo(nominated.etag());

        HttpApi.Response rejectedOverLines = decide(decision, nominated,
                replaced(Bodies.rejection("Chưa đủ"), "reason", "\"Chưa đủ tiêu chuẩn:\\n\\t- thiếu hồ sơ\""));
        assertThat(rejectedOverLines.status()).as(rejectedOverLines.body()).isEqualTo(200);
    }

    private String nomination() {
        return Bodies.nomination("CERTIFICATE_OF_MERIT", "COLLECTIVE", "Hội LHPN xã Đắk Ui " + run, "WOMEN_UNION",
                "615", null, reviewId);
    }

    private HttpApi.Response post(String path, String token, String json) {
        return api.post(path, token, json);
    }

    private HttpApi.Response decide(String path, HttpApi.Response current, String json) {
        return api.post(path, approver, Map.of("If-Match", current.etag()), json);
    }

    /** The JSON with one field's value replaced by the raw JSON given, written as it is. */
    private static String replaced(String json, String field, String rawJson) {
        String changed = json.replaceFirst("\"" + field + "\":(\"[^\"]*\"|true|false|[0-9]+)",
                Matcher.quoteReplacement("\"" + field + "\":" + rawJson));
        assertThat(changed).as(field).isNotEqualTo(json);
        return changed;
    }

    private void assertRefused(java.util.function.Supplier<HttpApi.Response> request, String field) {
        Map<String, Long> before = counts();

        HttpApi.Response response = request.get();

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
