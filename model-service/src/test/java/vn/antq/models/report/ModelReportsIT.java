package vn.antq.models.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.kit.security.Role;
import vn.antq.models.ModelServiceTest;
import vn.antq.testsupport.HttpApi;
import vn.antq.models.Tokens;
import vn.antq.testsupport.TopicRecords;

@ModelServiceTest
class ModelReportsIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", null, Role.RECORDER);

    @LocalServerPort
    int port;

    HttpApi api;
    final TopicRecords topic = TopicRecords.embedded();
    String modelId;

    @BeforeEach
    void registerAModel() {
        api = new HttpApi(port);
        modelId = api.request("POST", "/api/v1/models").token(WOMEN_UNION).json("""
                {"name": "Tổ hòa giải thôn Kon Gung %s", "type": "MEDIATION_TEAM", "agency": "WOMEN_UNION",
                 "locality": {"province": "62", "commune": "23503"}, "establishedOn": "2021-04-15", "members": 9}
                """.formatted(UUID.randomUUID())).send().json().get("id").asString();
    }

    @Test
    void aReportIsFiledOnceCorrectedWithIfMatchAndEachVersionIsPublishedKeyedByTheModel() {
        HttpApi.Response first = report("2024-Q2", null, 3);
        HttpApi.Response duplicate = report("2024-Q2", null, 4);
        HttpApi.Response stale = report("2024-Q2", "\"7\"", 4);
        HttpApi.Response correction = report("2024-Q2", "\"1\"", 4);
        HttpApi.Response read = api.request("GET", "/api/v1/models/" + modelId + "/reports/2024-Q2").token(WOMEN_UNION).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).endsWith("/api/v1/models/" + modelId + "/reports/2024-Q2");
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        assertThat(first.json().get("periodEnd").asString()).isEqualTo("2024-06-30");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(duplicate.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(correction.status()).isEqualTo(200);
        assertThat(correction.json().get("version").asLong()).isEqualTo(2);
        assertThat(correction.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.json().get("meetings").asLong()).isEqualTo(4);

        List<ConsumerRecord<String, byte[]>> reported = awaitReports(2);
        assertThat(reported).allSatisfy(event -> {
            assertThat(event.key()).isEqualTo(modelId);
            assertThat(TopicRecords.header(event, "ce_subject")).isEqualTo(modelId + ":2024-Q2");
            assertThat(SCHEMAS.validate(EventTypes.MODEL_REPORTED, event.value())).isEmpty();
        });
        List<JsonNode> bodies = reported.stream().map(e -> HttpApi.json(TopicRecords.body(e))).toList();
        assertThat(bodies).extracting(b -> b.get("version").asLong()).containsExactly(1L, 2L);
        assertThat(bodies).extracting(b -> b.get("meetings").asLong()).containsExactly(3L, 4L);
        assertThat(bodies.get(1).get("modelType").asString()).isEqualTo("MEDIATION_TEAM");
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyIsAnsweredLikeTheFirst() {
        String key = UUID.randomUUID().toString();

        HttpApi.Response first = report("2024-05", null, 2, key);
        HttpApi.Response retry = report("2024-05", null, 2, key);
        HttpApi.Response reused = report("2024-05", null, 5, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(awaitReports(1)).hasSize(1);
    }

    @Test
    void aPeriodReportedAlreadyIs409CarryingTheReportsEtag() {
        report("2024-07", null, 1);

        HttpApi.Response duplicate = report("2024-07", null, 2);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("ETag")).isEqualTo("\"1\"");
        assertThat(duplicate.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(duplicate.json().get("reportId").asString()).endsWith("2024-07");
    }

    @Test
    void aRetryIsJudgedByTheLastPostThatWroteTheReportAndACorrectionWithoutAKeyEndsIt() {
        String filing = UUID.randomUUID().toString();
        String correcting = UUID.randomUUID().toString();

        HttpApi.Response first = report("2024-08", null, 1, filing);
        HttpApi.Response correction = report("2024-08", "\"1\"", 2, correcting);
        HttpApi.Response retriedCorrection = report("2024-08", "\"1\"", 2, correcting);
        HttpApi.Response retriedFiling = report("2024-08", null, 1, filing);
        HttpApi.Response plainCorrection = report("2024-08", "\"2\"", 3);
        HttpApi.Response lateRetry = report("2024-08", "\"1\"", 2, correcting);

        assertThat(first.status()).isEqualTo(201);
        assertThat(correction.status()).isEqualTo(200);
        assertThat(retriedCorrection.status()).isEqualTo(200);
        assertThat(retriedCorrection.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retriedCorrection.header("ETag")).isEqualTo("\"2\"");
        assertThat(retriedCorrection.json().get("meetings").asLong()).isEqualTo(2);
        assertThat(retriedFiling.status()).isEqualTo(409);
        assertThat(plainCorrection.status()).isEqualTo(200);
        assertThat(plainCorrection.header("Idempotent-Replayed")).isNull();
        assertThat(lateRetry.status()).isEqualTo(412);
        assertThat(awaitReports(3)).extracting(e -> HttpApi.json(TopicRecords.body(e)).get("version").asLong())
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void aFuturePeriodAndAPeriodBeforeTheModelWasFoundedAre400() {
        YearMonth next = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);

        HttpApi.Response future = report(next.toString(), null, 1);
        HttpApi.Response beforeFounding = report("2021-03", null, 1);
        HttpApi.Response foundingMonth = report("2021-04", null, 1);

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
        assertThat(future.json().get("errors").get(0).get("message").asString()).contains("tương lai");
        assertThat(beforeFounding.status()).isEqualTo(400);
        assertThat(foundingMonth.status()).isEqualTo(201);
    }

    @Test
    void aDissolvedModelCannotBeReportedOnNorItsReportsCorrected() {
        report("2024-05", null, 2);
        api.request("POST", "/api/v1/models/" + modelId + "/status").token(WOMEN_UNION).header("If-Match", "\"1\"")
                .json("{\"status\": \"DISSOLVED\"}").send();

        HttpApi.Response newReport = report("2024-06", null, 1);
        HttpApi.Response correction = report("2024-05", "\"1\"", 3);

        assertThat(newReport.status()).isEqualTo(409);
        assertThat(newReport.json().get("currentStatus").asString()).isEqualTo("DISSOLVED");
        assertThat(correction.status()).isEqualTo(409);
        assertThat(awaitReports(1)).hasSize(1);
    }

    @Test
    void anotherAgencyCanNeitherReportOnNorReadTheModelsReportsButOpsCanRead() {
        report("2024-05", null, 2);
        String police = Tokens.token("POLICE", null, Role.RECORDER);

        HttpApi.Response byPolice = api.request("POST", "/api/v1/models/" + modelId + "/reports").token(police)
                .json(body("2024-06", 1)).send();
        HttpApi.Response policeReads = api.request("GET", "/api/v1/models/" + modelId + "/reports").token(police).send();
        HttpApi.Response opsReads = api.request("GET", "/api/v1/models/" + modelId + "/reports")
                .token(Tokens.token("OPS", null, Role.OPS)).send();

        assertThat(byPolice.status()).isEqualTo(403);
        assertThat(policeReads.status()).isEqualTo(403);
        assertThat(opsReads.status()).isEqualTo(200);
        assertThat(opsReads.json().get("items")).extracting(r -> r.get("period").asString()).containsExactly("2024-05");
    }

    private HttpApi.Response report(String period, String ifMatch, int meetings) {
        return report(period, ifMatch, meetings, null);
    }

    private HttpApi.Response report(String period, String ifMatch, int meetings, String idempotencyKey) {
        HttpApi.Request request = api.request("POST", "/api/v1/models/" + modelId + "/reports").token(WOMEN_UNION);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.json(body(period, meetings)).send();
    }

    private static String body(String period, int meetings) {
        return """
                {"period": "%s", "meetings": %d, "mediations": 1, "tipsReported": 2, "offendersSupported": 1,
                 "incidents": 0, "membersAtPeriodEnd": 9, "notes": "Hòa giải 1 vụ tranh chấp ranh giới đất"}
                """.formatted(period, meetings);
    }

    private List<ConsumerRecord<String, byte[]>> awaitReports(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reports().size() >= count);
        return reports();
    }

    private List<ConsumerRecord<String, byte[]>> reports() {
        return topic.withKey(Topics.MODEL, modelId).stream()
                .filter(e -> EventTypes.MODEL_REPORTED.equals(TopicRecords.header(e, "ce_type"))).toList();
    }
}
