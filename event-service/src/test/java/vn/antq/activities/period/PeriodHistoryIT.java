package vn.antq.activities.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.Tokens;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.TopicRecords;

/**
 * The steps of units' reports before the platform, from the paper registers: recorded by an ADMIN, checked as the
 * platform's own steps are, published dated when they happened, and then locking the period like any approval.
 * Communes of Đắk Glei district (610) in 2021, which no other test uses.
 */
@EventServiceTest
class PeriodHistoryIT {

    static final TestTokens PEOPLE = TestTokens.standard();
    static final String ADMIN = PEOPLE.issue("quan.tri", "POLICE", Set.of(Role.ADMIN), null, Duration.ofHours(1));

    @LocalServerPort
    int port;

    HttpApi api;
    final TopicRecords periodTopic = TopicRecords.embedded();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void anAdminRecordsTheRegistersStepsWhichArePublishedDatedWhenTheyHappenedAndLockThePeriod() {
        String commune = "23365";
        String recorder = Tokens.token("WOMEN_UNION", commune, Role.RECORDER);
        for (String day : List.of("2021-01-08", "2021-01-20")) {
            assertThat(record(recorder, PeriodLockIT.activity(commune, day)).status()).isEqualTo(201);
        }
        String form = form(
                entry(commune, "2021-01", step("SUBMITTED", "2021-02-03T02:00:00Z", "Y Hoa", null),
                        step("APPROVED", "2021-02-06T03:30:00Z", "Nguyễn Văn Long", null)),
                entry(commune, "2021-02", step("SUBMITTED", "2021-03-09T02:00:00Z", "Y Hoa", null),
                        step("RETURNED", "2021-03-10T02:00:00Z", "Nguyễn Văn Long", "Thiếu số người tham dự"),
                        step("SUBMITTED", "2021-03-12T02:00:00Z", "Y Hoa", null),
                        step("APPROVED", "2021-03-13T02:00:00Z", "Nguyễn Văn Long", null)),
                entry(commune, "2021-03", step("SUBMITTED", "2021-03-31T09:00:00Z", "Y Hoa", null)));

        HttpApi.Response recorded = history(ADMIN, form);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(results(recorded)).containsExactly("RECORDED APPROVED 2", "RECORDED APPROVED 0", "RECORDED SUBMITTED 0");

        List<ConsumerRecord<String, byte[]>> february = awaitPeriodEvents("ACTIVITIES:WOMEN_UNION:23365:2021-02", 4);
        assertThat(february).extracting(e -> body(e).get("step").asString())
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        JsonNode last = body(february.get(3));
        assertThat(last.get("occurredAt").asString()).isEqualTo("2021-03-13T02:00:00Z");
        assertThat(last.get("firstSubmittedAt").asString()).as("the on-time rate judges the first submission")
                .isEqualTo("2021-03-09T02:00:00Z");
        assertThat(body(february.get(1)).get("reason").asString()).isEqualTo("Thiếu số người tham dự");

        HttpApi.Response locked = record(recorder, PeriodLockIT.activity(commune, "2021-01-25"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text("detail")).contains("Nguyễn Văn Long").contains("năm 2021");

        HttpApi.Response again = history(ADMIN, form);
        assertThat(results(again)).as("the same register again changes nothing")
                .containsExactly("ALREADY_RECORDED APPROVED 2", "ALREADY_RECORDED APPROVED 0",
                        "ALREADY_RECORDED SUBMITTED 0");
        assertThat(period(commune, "2021-02").get("version").asLong()).isEqualTo(4);
    }

    @Test
    void aPeriodWithStepsOnThePlatformKeepsThemAndOnlyAnAdminRecordsHistory() {
        String commune = "23368";
        HttpApi.Response submitted = api.request("POST", "/api/v1/periods/WOMEN_UNION/" + commune + "/2021-04/submit")
                .token(Tokens.token("WOMEN_UNION", commune, Role.RECORDER)).send();
        assertThat(submitted.status()).isEqualTo(200);
        String form = form(entry(commune, "2021-04", step("SUBMITTED", "2021-05-02T02:00:00Z", "Y Hoa", null),
                step("APPROVED", "2021-05-03T02:00:00Z", "Nguyễn Văn Long", null)));

        for (Role role : List.of(Role.RECORDER, Role.APPROVER, Role.OPS)) {
            String token = PEOPLE.issue("ai.do", "WOMEN_UNION", Set.of(role), null, Duration.ofHours(1));
            assertThat(history(token, form).status()).as(role.name()).isEqualTo(403);
        }
        HttpApi.Response kept = history(ADMIN, form);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(results(kept)).containsExactly("ALREADY_RECORDED SUBMITTED 0");
        assertThat(period(commune, "2021-04").get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aWrongEntryIsNamedFieldByFieldAndNothingIsRecorded() {
        String commune = "23371";
        String form = form(
                entry(commune, "2021-05", step("SUBMITTED", "2021-06-02T02:00:00Z", "Y Hoa", null),
                        step("APPROVED", "2021-06-03T02:00:00Z", "Nguyễn Văn Long", null)),
                entry("99999", "2021-05", step("SUBMITTED", "2021-06-02T02:00:00Z", "Y Hoa", null)),
                entry(commune, "2021-06", step("SUBMITTED", "2021-06-20T02:00:00Z", "Y Hoa", null)),
                entry(commune, "2021-07", step("SUBMITTED", "2021-08-02T02:00:00Z", "Y Hoa", null),
                        step("APPROVED", "2021-08-03T02:00:00Z", "Y Hoa", null)),
                entry(commune, "2021-08", step("SUBMITTED", "2021-09-02T02:00:00Z", "Y Hoa", null),
                        step("RETURNED", "2021-09-03T02:00:00Z", "Nguyễn Văn Long", " ")),
                entry(commune, "2021-09", step("APPROVED", "2021-10-02T02:00:00Z", "Nguyễn Văn Long", null)),
                entry(commune, "2021-10", step("SUBMITTED", "2099-11-02T02:00:00Z", "Y Hoa", null)),
                entry(commune, "2021-11", step("SUBMITTED", "2021-12-05T02:00:00Z", "Y Hoa", null),
                        step("APPROVED", "2021-12-04T02:00:00Z", "Nguyễn Văn Long", null)),
                entry(commune, "2021-05", step("SUBMITTED", "2021-06-02T02:00:00Z", "Y Hoa", null)));

        HttpApi.Response refused = api.request("POST", "/api/v1/periods/history").token(ADMIN)
                .header("Accept-Language", "en").json(form).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(error -> {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(refused.body()).contains("whoever submitted a report does not approve or return it");
        assertThat(fields).containsExactlyInAnyOrder("entries[1].unit", "entries[2].steps[0].at",
                "entries[3].steps[1].by", "entries[4].steps[1].reason", "entries[5].steps[0].step",
                "entries[6].steps[0].at", "entries[7].steps[1].at", "entries[8].period");
        assertThat(period(commune, "2021-05").get("version").asLong()).as("not even the right entry").isZero();
    }

    private HttpApi.Response history(String token, String form) {
        return api.request("POST", "/api/v1/periods/history").token(token).json(form).send();
    }

    private HttpApi.Response record(String token, String body) {
        return api.request("POST", "/api/v1/activities").token(token).header("Accept-Language", "vi").json(body).send();
    }

    private JsonNode period(String commune, String period) {
        return api.request("GET", "/api/v1/periods/WOMEN_UNION/" + commune + "/" + period).token(ADMIN).send().json();
    }

    private static List<String> results(HttpApi.Response answer) {
        List<String> results = new ArrayList<>();
        answer.json().forEach(o -> results.add(o.get("result").asString() + " " + o.get("state").asString() + " "
                + o.get("records").asLong()));
        return results;
    }

    private static String form(String... entries) {
        return "{\"entries\": [" + String.join(",", entries) + "]}";
    }

    private static String entry(String unit, String period, String... steps) {
        return """
                {"agency": "WOMEN_UNION", "unit": "%s", "period": "%s", "steps": [%s]}
                """.formatted(unit, period, String.join(",", steps));
    }

    private static String step(String step, String at, String by, String reason) {
        return "{\"step\": \"" + step + "\", \"at\": \"" + at + "\", \"by\": \"" + by + "\""
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}";
    }

    private static JsonNode body(ConsumerRecord<String, byte[]> event) {
        return HttpApi.json(TopicRecords.body(event));
    }

    private List<ConsumerRecord<String, byte[]>> awaitPeriodEvents(String id, int count) {
        return PeriodLockIT.awaitPeriodEvents(periodTopic, id, count);
    }
}
