package vn.antq.models.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.kit.security.Role;
import vn.antq.models.ModelServiceTest;
import vn.antq.models.Tokens;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.TestTokens;

/**
 * The models' reports of a unit's period (data set MODEL_REPORTS): once the commune's month is submitted or approved,
 * a report whose period ends in that month is neither filed nor corrected (409 naming who locked it), while a retry of
 * a filing that landed before is answered again and other months take reports.
 */
@ModelServiceTest
class ReportPeriodLockIT {

    static final String RECORDER = Tokens.token("WOMEN_UNION", "23503", Role.RECORDER);
    static final String DISTRICT_APPROVER = TestTokens.standard().issue("lan.anh", "WOMEN_UNION", Set.of(Role.APPROVER),
            "615", Duration.ofHours(1));

    @LocalServerPort
    int port;

    HttpApi api;
    String modelId;

    @BeforeEach
    void registerAModel() {
        api = new HttpApi(port);
        modelId = api.request("POST", "/api/v1/models").token(RECORDER).json("""
                {"name": "Tổ hòa giải thôn Kon Gung %s", "type": "MEDIATION_TEAM", "agency": "WOMEN_UNION",
                 "locality": {"province": "62", "commune": "23503"}, "establishedOn": "2021-04-15", "members": 9}
                """.formatted(UUID.randomUUID())).send().json().get("id").asString();
    }

    @Test
    void anApprovedMonthRefusesTheReportsThatEndInItAndAnswersARetryOfOneFiledBefore() {
        String key = UUID.randomUUID().toString();
        HttpApi.Response quarter = report("2023-Q1", null, 3, key, "vi");
        assertThat(quarter.status()).as(quarter.body()).isEqualTo(201);

        HttpApi.Response submitted = step(RECORDER, "2023-03", "submit");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("dataSet").asString()).isEqualTo("MODEL_REPORTS");
        assertThat(submitted.json().get("records").asLong()).as("the first quarter's report ends in March").isGreaterThanOrEqualTo(1);
        HttpApi.Response approved = step(DISTRICT_APPROVER, "2023-03", "approve");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        HttpApi.Response march = report("2023-03", null, 2, null, "vi");
        assertThat(march.status()).isEqualTo(409);
        assertThat(march.header("Content-Type")).startsWith("application/problem+json");
        assertThat(march.text("detail")).contains("tháng 3/2023", "lan.anh phê duyệt lúc");
        HttpApi.Response correction = report("2023-Q1", "\"1\"", 5, null, "en");
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.text("detail")).contains("The March 2023 report of", "was approved by lan.anh");
        assertThat(correction.json().get("approvedBy").asString()).isEqualTo("lan.anh");

        HttpApi.Response retry = report("2023-Q1", null, 3, key, "vi");
        assertThat(retry.status()).as("a retry of the filing that landed before the lock").isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        HttpApi.Response read = api.request("GET", "/api/v1/models/" + modelId + "/reports/2023-Q1").token(RECORDER).send();
        assertThat(read.json().get("meetings").asLong()).isEqualTo(3);
        assertThat(read.json().get("version").asLong()).isEqualTo(1);

        assertThat(report("2023-04", null, 1, null, "vi").status()).as("April is open").isEqualTo(201);
    }

    private HttpApi.Response step(String token, String period, String step) {
        return api.request("POST", "/api/v1/periods/WOMEN_UNION/23503/" + period + "/" + step).token(token)
                .header("Accept-Language", "vi").send();
    }

    private HttpApi.Response report(String period, String ifMatch, int meetings, String idempotencyKey, String language) {
        HttpApi.Request request = api.request("POST", "/api/v1/models/" + modelId + "/reports").token(RECORDER)
                .header("Accept-Language", language);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.json("""
                {"period": "%s", "meetings": %d, "mediations": 1, "tipsReported": 2, "offendersSupported": 1,
                 "incidents": 0, "membersAtPeriodEnd": 9, "notes": "Hòa giải 1 vụ tranh chấp ranh giới đất"}
                """.formatted(period, meetings)).send();
    }
}
