package vn.antq.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.kit.security.Role;

/** Who sees what, and what a bad question gets: problem+json, never a 500. */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {

    /** Hà Nội, Quận Tây Hồ: only this class records activities here. */
    private static final Locality TAY_HO = new Locality("01", "003", "00091");
    private static final Locality CAU_GIAY = new Locality("01", "005", "00157");

    @LocalServerPort
    int port;

    private Api api;

    @BeforeAll
    void publishAFewActivities() {
        api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Events events = new Events()) {
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("api-1-" + run, 1, "WOMEN_UNION",
                    List.of("POLICE"), TAY_HO, ActivityKind.MOCK_TRIAL, LocalDate.of(2022, 4, 1), 100, 60, 0, 0, 0,
                    ActivityStatus.RECORDED));
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("api-2-" + run, 1, "VETERANS",
                    List.of("FARMERS"), TAY_HO, ActivityKind.SEMINAR, LocalDate.of(2022, 4, 2), 50, 10, 0, 0, 0,
                    ActivityStatus.RECORDED));
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("api-3-" + run, 1, "WOMEN_UNION",
                    List.of(), CAU_GIAY, ActivityKind.HOME_VISIT, LocalDate.of(2022, 4, 3), 7, 7, 0, 0, 0,
                    ActivityStatus.RECORDED));
        }
        api.awaitCaughtUp();
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        Api.Response response = api.call("GET", "/participation", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badQuestionsAre400NamingTheParameter() {
        assertBadRequest("/participation?groupBy=agency,colour", "groupBy");
        assertBadRequest("/participation?from=2024-13", "from");
        assertBadRequest("/participation?from=2024-05&to=2024-01", "to");
        assertBadRequest("/participation?channel=TELEPATHY", "channel");
        assertBadRequest("/participation?locality=99999", "locality");
        assertBadRequest("/coordination?groupBy=kind", "groupBy");
        assertBadRequest("/awards?groupBy=district", "groupBy");
        assertBadRequest("/models?asOf=31/12/2024", "asOf");
    }

    @Test
    void problemsSpeakVietnameseByDefault() {
        Api.Response response = new Api(port).call("GET", "/participation?groupBy=colour", Api.ops());
        // The Api client asks for English; the same question without Accept-Language is answered in Vietnamese.
        assertThat(response.body()).contains("Cannot group by colour");
        java.net.http.HttpResponse<String> vietnamese;
        try {
            vietnamese = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/v1/analytics/participation?groupBy=colour"))
                    .header("Authorization", "Bearer " + Api.ops()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(vietnamese.body()).contains("Không thể nhóm theo colour");
    }

    @Test
    void anAgencyUserSeesOnlyItsOwnAgencyAndPairsThatIncludeIt() {
        String womenUnion = Api.token("WOMEN_UNION", null, Role.RECORDER);

        List<Map<String, Object>> participation = Api.rows(api.get("/participation?locality=01&groupBy=agency", womenUnion));
        List<Map<String, Object>> pairs = Api.rows(api.get("/coordination?locality=01&groupBy=pair", womenUnion));

        assertThat(participation).extracting(row -> row.get("agency")).containsOnly("WOMEN_UNION");
        assertThat(pairs).isNotEmpty().allSatisfy(row -> assertThat((String) row.get("pair")).contains("WOMEN_UNION"));
        assertThat(api.call("GET", "/participation?agency=POLICE", womenUnion).status()).isEqualTo(403);
        assertThat(Api.rows(api.get("/participation?locality=003&groupBy=agency"))).extracting(row -> row.get("agency"))
                .containsExactly("VETERANS", "WOMEN_UNION");
    }

    @Test
    void aUserLimitedToALocalitySeesOnlyThatLocalityAndAWiderRequestIsRefusedNamingIt() {
        String tayHo = Api.token("WOMEN_UNION", "003", Role.OPS);

        Map<String, Object> own = api.get("/participation?groupBy=district", tayHo);
        assertThat(Api.rows(own)).isNotEmpty().extracting(row -> row.get("district")).containsOnly("003");
        assertThat(api.get("/participation?locality=003&groupBy=district", tayHo)).isEqualTo(own);

        for (String answer : List.of("/participation", "/coordination", "/models", "/awards", "/reviews", "/shortcomings",
                "/report")) {
            Api.Response wider = api.call("GET", answer + "?locality=01", tayHo);
            assertThat(wider.status()).as(answer).isEqualTo(403);
            assertThat(wider.contentType()).as(answer).startsWith("application/problem+json");
            assertThat(wider.body()).as(answer).contains("This account may only read inside the area with code 003; 01 is outside it");
            assertThat(api.call("GET", answer + "?locality=005", tayHo).status()).as(answer).isEqualTo(403);
        }
        assertThat(inVietnamese("/participation?locality=01", tayHo))
                .contains("Tài khoản này chỉ được xem dữ liệu trong địa bàn có mã 003; 01 nằm ngoài địa bàn đó");
    }

    @Test
    void freshnessShowsEveryTopicWithItsPartitionsAndNoLag() {
        Map<String, Object> freshness = api.get("/freshness", Api.token("FARMERS", null, Role.RECORDER));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> topics = (List<Map<String, Object>>) freshness.get("topics");
        assertThat(topics).extracting(topic -> topic.get("topic"))
                .containsExactly("antq.activity.v1", "antq.model.v1", "antq.award.v1", "antq.user.v1", "antq.period.v1",
                        "antq.outcome.v1", "antq.training.v1", "antq.material.v1");
        assertThat(topics.get(0)).containsEntry("lag", 0);
        assertThat((List<?>) topics.get(0).get("partitions")).hasSize(3);
        assertThat(freshness).containsKeys("lastEventTime", "generation", "asOf");
    }

    /** The body of an answer asked for without Accept-Language, which is Vietnamese. */
    private String inVietnamese(String question, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/v1/analytics" + question))
                    .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertBadRequest(String question, String field) {
        Api.Response response = api.call("GET", question, Api.ops());
        assertThat(response.status()).as(question).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).as(question).asList().singleElement()
                .satisfies(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }
}
