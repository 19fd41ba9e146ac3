package vn.antq.awards.award;

import static org.assertj.core.api.Assertions.assertThat;
import vn.antq.awards.Tokens;
import vn.antq.testsupport.HttpApi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.antq.awards.AwardEvents;
import vn.antq.awards.AwardServiceTest;
import vn.antq.awards.Bodies;

import vn.antq.kit.security.Role;

/** The rules of an award's life, over HTTP: what is refused, with which status, and that nothing is published then. */
@AwardServiceTest
class AwardLifecycleIT {

    static final String ISSUER = "Chủ tịch UBND tỉnh Kon Tum";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    final AwardEvents events = new AwardEvents();
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
    void conferringANominatedAwardIsAConflictThatNamesTheAllowedStepsAndPublishesNothing() {
        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk PXi");
        String id = nominated.text("id");

        HttpApi.Response refused = api.post("/api/v1/awards/" + id + "/confer", recorder, ifMatch(nominated), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("Đề nghị").contains("phê duyệt");
        assertThat(refused.json().get("allowedSteps").toString()).contains("APPROVE", "REJECT");
        HttpApi.Response inEnglish = api.send("POST", "/api/v1/awards/" + id + "/confer", recorder,
                Map.of("If-Match", nominated.etag(), "Accept-Language", "en"), null);
        assertThat(inEnglish.text("detail")).contains("NOMINATED").contains("approve or reject");
        // The next legal step is version 2: nothing was written or published in between.
        HttpApi.Response approved = approve(nominated, run + "-1");
        assertThat(approved.json().get("version").asLong()).isEqualTo(2);
        assertThat(events.published(id, 2)).extracting(AwardEvents.Event::status).containsExactly("NOMINATED", "APPROVED");
    }

    @Test
    void approvingARejectedAwardIsAConflict() {
        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk Ui");
        String id = nominated.text("id");
        HttpApi.Response rejected = api.post("/api/v1/awards/" + id + "/decision", approver, ifMatch(nominated),
                Bodies.rejection("Chưa đủ tiêu chuẩn"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("reason")).isEqualTo("Chưa đủ tiêu chuẩn");

        HttpApi.Response refused = approve(rejected, run + "-2");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("awardStatus")).isEqualTo("REJECTED");
        assertThat(api.get("/api/v1/awards/" + id, recorder).etag()).isEqualTo("\"2\"");
        assertThat(events.published(id, 2)).extracting(AwardEvents.Event::status).containsExactly("NOMINATED", "REJECTED");
    }

    @Test
    void revokingANominatedAwardIsAConflictAndAConferredOneCanBeRevoked() {
        HttpApi.Response nominated = nominate("Hội LHPN xã Ngok Wang");
        String id = nominated.text("id");

        HttpApi.Response refused = api.post("/api/v1/awards/" + id + "/revoke", approver, ifMatch(nominated),
                Bodies.revocation("Thành tích không đúng sự thật"));
        assertThat(refused.status()).isEqualTo(409);

        HttpApi.Response approved = approve(nominated, run + "-3");
        HttpApi.Response conferred = api.post("/api/v1/awards/" + id + "/confer", recorder, ifMatch(approved), null);
        HttpApi.Response revoked = api.post("/api/v1/awards/" + id + "/revoke", approver, ifMatch(conferred),
                Bodies.revocation("Thành tích không đúng sự thật"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("status")).isEqualTo("REVOKED");
        assertThat(revoked.text("decisionNo")).isEqualTo(run + "-3/QĐ-UBND");
        assertThat(events.published(id, 4)).extracting(AwardEvents.Event::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void everyStepIsInTheAuditTrailWithWhoTookIt() {
        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk Rơ Nga");
        String id = nominated.text("id");
        approve(nominated, run + "-5");

        HttpApi.Response audit = api.get("/api/v1/audit?aggregateId=" + id,
                Tokens.token("admin-" + run, "POLICE", null, Role.ADMIN));

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("total").asLong()).isEqualTo(2);
        JsonNode entries = audit.json().get("entries");
        assertThat(List.of(entries.get(0).get("actor").asString(), entries.get(1).get("actor").asString()))
                .containsExactly("approver-" + run, "recorder-" + run);
        assertThat(entries.get(0).get("after").get("status").asString()).isEqualTo("APPROVED");
        assertThat(entries.get(0).get("before").get("status").asString()).isEqualTo("NOMINATED");
        assertThat(entries.findValuesAsString("collection")).containsOnly(AwardStore.COLLECTION);
        assertThat(api.get("/api/v1/audit?aggregateId=" + id, approver).status()).isEqualTo(403);
    }

    @Test
    void aDecisionNumberIsUsedOncePerIssuerHoweverItIsTyped() {
        HttpApi.Response first = nominate("Hội LHPN xã Đắk Mar");
        HttpApi.Response second = nominate("Hội LHPN xã Hà Mòn");
        assertThat(approve(first, run + "-7").status()).isEqualTo(200);

        HttpApi.Response reused = api.post("/api/v1/awards/" + second.text("id") + "/decision", approver,
                ifMatch(second), Bodies.approval(" chủ tịch UBND tỉnh  Kon Tum", run.toUpperCase() + " - 7/qđ-ubnd",
                        "2024-10-10"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.text("awardId")).isEqualTo(first.text("id"));
        assertThat(api.get("/api/v1/awards/" + second.text("id"), approver).text("status")).isEqualTo("NOMINATED");
        HttpApi.Response otherIssuer = api.post("/api/v1/awards/" + second.text("id") + "/decision", approver,
                ifMatch(second), Bodies.approval("Giám đốc Công an tỉnh Kon Tum", run + "-7/QĐ-UBND", "2024-10-10"));
        assertThat(otherIssuer.status()).isEqualTo(200);
    }

    @Test
    void aDecisionNumberLeftClaimedByACrashIsFreedOnceItsLeaseHasPassed() {
        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk La");
        String decisionNo = run + "-9/QĐ-UBND";
        String key = new Decision(ISSUER, decisionNo, LocalDate.of(2024, 10, 10)).key();
        // The process died after claiming the number for an award it never wrote.
        Document leftOver = new Document("_id", key).append("awardId", "never-written-" + run)
                .append("claimedAt", new Date());
        mongo.getCollection(AwardClaims.Kind.DECISION_NUMBER.collection()).insertOne(leftOver);

        assertThat(approve(nominated, run + "-9").status()).as("within the lease").isEqualTo(409);

        mongo.getCollection(AwardClaims.Kind.DECISION_NUMBER.collection()).updateOne(new Document("_id", key),
                new Document("$set", new Document("claimedAt", Date.from(Instant.now().minus(2, ChronoUnit.HOURS)))));
        HttpApi.Response approved = approve(nominated, run + "-9");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(mongo.getCollection(AwardClaims.Kind.DECISION_NUMBER.collection())
                .find(new Document("_id", key)).first().getString("awardId")).isEqualTo(nominated.text("id"));
    }

    @Test
    void theNominatorCannotApproveTheirOwnNomination() {
        String both = Tokens.token("recorder-approver-" + run, "WOMEN_UNION", "62", Role.RECORDER, Role.APPROVER);
        HttpApi.Response nominated = api.post("/api/v1/awards", both, Bodies.nomination("CERTIFICATE_OF_MERIT",
                "COLLECTIVE", "Hội LHPN xã Đắk Hring", "WOMEN_UNION", "615", null, reviewId));

        HttpApi.Response selfApproved = api.post("/api/v1/awards/" + nominated.text("id") + "/decision", both,
                ifMatch(nominated), Bodies.approval(ISSUER, run + "-11/QĐ-UBND", "2024-10-10"));

        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(approve(nominated, run + "-11").status()).isEqualTo(200);
    }

    @Test
    void aDecisionNeedsTheCurrentVersionInIfMatch() {
        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk Long");
        String path = "/api/v1/awards/" + nominated.text("id") + "/decision";
        String approval = Bodies.approval(ISSUER, run + "-12/QĐ-UBND", "2024-10-10");

        assertThat(api.post(path, approver, approval).status()).isEqualTo(428);
        HttpApi.Response stale = api.post(path, approver, Map.of("If-Match", "\"5\""), approval);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo("\"1\"");
        assertThat(api.post(path, approver, ifMatch(nominated), approval).status()).isEqualTo(200);
    }

    @Test
    void aRecipientHoldsOneLiveAwardOfAFormPerReview() {
        HttpApi.Response first = nominate("Hội LHPN thị trấn Đắk Hà");

        HttpApi.Response again = nominate("  hội LHPN   thị trấn Đắk Hà ");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("awardId")).isEqualTo(first.text("id"));
        assertThat(api.post("/api/v1/awards", recorder, Bodies.nomination("PUBLIC_COMMENDATION", "COLLECTIVE",
                "Hội LHPN thị trấn Đắk Hà", "WOMEN_UNION", "615", "23500", reviewId)).status())
                .as("another form").isEqualTo(201);

        api.post("/api/v1/awards/" + first.text("id") + "/decision", approver, ifMatch(first),
                Bodies.rejection("Hồ sơ chưa đầy đủ"));
        assertThat(nominate("Hội LHPN thị trấn Đắk Hà").status()).as("after the rejection").isEqualTo(201);
    }

    @Test
    void aNominationRetriedWithTheSameIdempotencyKeyCreatesOneAwardAndOneEvent() {
        String body = Bodies.nomination("CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Y Hoa", "WOMEN_UNION", "615", null, reviewId);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpApi.Response first = api.post("/api/v1/awards", recorder, key, body);
        HttpApi.Response retry = api.post("/api/v1/awards", recorder, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events.published(first.text("id"), 1)).hasSize(1);
        HttpApi.Response otherBody = api.post("/api/v1/awards", recorder, key,
                Bodies.nomination("CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Y Lan", "WOMEN_UNION", "615", null, reviewId));
        assertThat(otherBody.status()).isEqualTo(422);
    }

    @Test
    void staffOfAnotherAgencyOrOutsideTheirLocalityAreRefused() {
        String police = Tokens.token("police-" + run, "POLICE", null, Role.RECORDER, Role.APPROVER);
        assertThat(api.post("/api/v1/awards", police, Bodies.nomination("PUBLIC_COMMENDATION", "INDIVIDUAL",
                "Nguyễn Thị Hoa", "WOMEN_UNION", "615", null, reviewId)).status()).isEqualTo(403);

        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk Ngọk");
        String id = nominated.text("id");
        String cityApprover = Tokens.token("approver-city-" + run, "WOMEN_UNION", "608", Role.APPROVER);
        assertThat(api.post("/api/v1/awards/" + id + "/decision", cityApprover, ifMatch(nominated),
                Bodies.approval(ISSUER, run + "-13/QĐ-UBND", "2024-10-10")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/awards/" + id + "/decision", police, ifMatch(nominated),
                Bodies.approval(ISSUER, run + "-13/QĐ-UBND", "2024-10-10")).status()).isEqualTo(403);

        assertThat(api.get("/api/v1/awards/" + id, police).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/awards?agency=WOMEN_UNION", police).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/awards/" + id, Tokens.token("ops-" + run, "POLICE", null, Role.OPS)).status())
                .isEqualTo(200);
        assertThat(events.published(id, 1)).extracting(AwardEvents.Event::status).containsExactly("NOMINATED");
    }

    @Test
    void badInputIsAProblemNamingTheFields() {
        HttpApi.Response unknownReview = api.post("/api/v1/awards", recorder, Bodies.nomination("CERTIFICATE_OF_MERIT",
                "COLLECTIVE", "Hội LHPN xã Đắk PXi", "WOMEN_UNION", "615", null, "no-such-review"));
        assertThat(unknownReview.status()).isEqualTo(400);
        assertThat(unknownReview.json().get("errors").toString()).contains("reviewId");

        HttpApi.Response nominated = nominate("Hội LHPN xã Đắk Pxi 2");
        HttpApi.Response noReason = api.post("/api/v1/awards/" + nominated.text("id") + "/decision", approver,
                ifMatch(nominated), "{\"approve\": false}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("reason");
        HttpApi.Response unknown = api.get("/api/v1/awards/no-such-award", approver);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).startsWith("Không có khen thưởng");
    }

    private HttpApi.Response nominate(String recipientName) {
        return api.post("/api/v1/awards", recorder, Bodies.nomination("CERTIFICATE_OF_MERIT", "COLLECTIVE",
                recipientName, "WOMEN_UNION", "615", null, reviewId));
    }

    private HttpApi.Response approve(HttpApi.Response current, String number) {
        return api.post("/api/v1/awards/" + current.text("id") + "/decision", approver, ifMatch(current),
                Bodies.approval(ISSUER, number + "/QĐ-UBND", "2024-10-10"));
    }

    private static Map<String, String> ifMatch(HttpApi.Response current) {
        return Map.of("If-Match", current.etag());
    }
}
