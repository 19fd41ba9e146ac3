package vn.antq.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import vn.antq.awards.Tokens;
import vn.antq.testsupport.HttpApi;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.antq.awards.AwardEvents;
import vn.antq.awards.AwardServiceTest;
import vn.antq.awards.Bodies;

import vn.antq.contracts.EventTypes;
import vn.antq.kit.security.Role;

/** Review conferences over HTTP: who may record and read them, their rules, and corrections. */
@AwardServiceTest
class ReviewsIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    final AwardEvents events = new AwardEvents();
    HttpApi api;
    String run;
    String womenRecorder;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
        run = Bodies.unique();
        womenRecorder = Tokens.token("recorder-" + run, "WOMEN_UNION", "62", Role.RECORDER);
    }

    @Test
    void aCorrectionNeedsIfMatchAndIsPublishedAsTheSameEventWithVersionTwo() {
        HttpApi.Response held = api.post("/api/v1/reviews", womenRecorder, Bodies.konTumFinalReview("Tổng kết " + run));
        String id = held.text("id");
        assertThat(held.etag()).isEqualTo("\"1\"");
        String corrected = Bodies.review("FINAL", "JOINT", List.of("WOMEN_UNION", "POLICE", "VETERANS"), "62",
                "2024-10-16", "2019-01-01", "2024-09-30", "Tổng kết (đã sửa) " + run);

        assertThat(api.put("/api/v1/reviews/" + id, womenRecorder, Map.of(), corrected).status()).isEqualTo(428);
        assertThat(api.put("/api/v1/reviews/" + id, womenRecorder, Map.of("If-Match", "\"3\""), corrected).status())
                .isEqualTo(412);
        HttpApi.Response correction = api.put("/api/v1/reviews/" + id, womenRecorder, Map.of("If-Match", held.etag()),
                corrected);

        assertThat(correction.status()).isEqualTo(200);
        assertThat(correction.json().get("version").asLong()).isEqualTo(2);
        assertThat(correction.text("heldOn")).isEqualTo("2024-10-16");
        List<AwardEvents.Event> published = events.published(id, 2);
        assertThat(published).extracting(AwardEvents.Event::type).containsOnly(EventTypes.REVIEW_HELD);
        assertThat(published).extracting(AwardEvents.Event::version).containsExactly(1L, 2L);
        assertThat(published.get(1).body().get("agencies")).hasSize(3);
    }

    @Test
    void theOrganiserOfAReviewCannotBeCorrected() {
        HttpApi.Response held = api.post("/api/v1/reviews", womenRecorder, Bodies.konTumFinalReview("Tổng kết " + run));
        String alone = Bodies.review("FINAL", "WOMEN_UNION", null, "62", "2024-10-15", "2019-01-01", "2024-09-30",
                "Tổng kết " + run);

        HttpApi.Response refused = api.put("/api/v1/reviews/" + held.text("id"), womenRecorder,
                Map.of("If-Match", held.etag()), alone);

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void onlyRecordersOfAnOrganisingAgencyRecordAReviewAndNothingIsStoredOtherwise() {
        String title = "Sơ kết liên tịch " + run;
        String policeAndVeterans = Bodies.review("INTERIM", "JOINT", List.of("POLICE", "VETERANS"), "62", "2022-06-30",
                "2019-01-01", "2021-12-31", title);

        HttpApi.Response refused = api.post("/api/v1/reviews", womenRecorder, policeAndVeterans);
        HttpApi.Response anonymous = api.post("/api/v1/reviews", null, policeAndVeterans);
        HttpApi.Response otherProvince = api.post("/api/v1/reviews",
                Tokens.token("police-gia-lai-" + run, "POLICE", "64", Role.RECORDER), policeAndVeterans);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(otherProvince.status()).isEqualTo(403);
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), ReviewStore.COLLECTION)).isZero();
        String veterans = Tokens.token("veterans-" + run, "VETERANS", "62", Role.RECORDER);
        assertThat(api.post("/api/v1/reviews", veterans, policeAndVeterans).status()).isEqualTo(201);
    }

    @Test
    void invalidReviewsAreProblemsNamingEveryWrongField() {
        HttpApi.Response refused = api.post("/api/v1/reviews", womenRecorder, Bodies.review("FINAL", "JOINT",
                List.of("WOMEN_UNION"), "62", "2024-10-15", "2024-09-30", "2024-12-31", "Tổng kết " + run));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("agencies", "periodTo");
        HttpApi.Response unknownKind = api.post("/api/v1/reviews", womenRecorder,
                Bodies.konTumFinalReview("x").replace("\"FINAL\"", "\"ANNUAL\""));
        assertThat(unknownKind.status()).isEqualTo(400);
    }

    @Test
    void aReviewIsReadByTheAgenciesThatHeldItAndListedForThem() {
        HttpApi.Response held = api.post("/api/v1/reviews", womenRecorder, Bodies.review("INTERIM", "WOMEN_UNION", null,
                "62", "2022-06-30", "2019-01-01", "2021-12-31", "Sơ kết " + run));
        String id = held.text("id");

        HttpApi.Response read = api.get("/api/v1/reviews/" + id, womenRecorder);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.json().get("locality").get("name").asString()).contains("Kon Tum");
        assertThat(api.get("/api/v1/reviews/" + id, Tokens.token("farmers-" + run, "FARMERS", null, Role.RECORDER))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reviews/" + id, Tokens.token("ops-" + run, "POLICE", null, Role.OPS)).status())
                .isEqualTo(200);

        HttpApi.Response listed = api.get("/api/v1/reviews?kind=INTERIM&heldFrom=2022-06-30&heldTo=2022-06-30&size=200",
                womenRecorder);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items").findValuesAsString("id")).contains(id);
        assertThat(listed.json().get("items").findValuesAsString("organiser")).containsOnly("WOMEN_UNION");
    }
}
