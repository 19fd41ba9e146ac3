package vn.antq.models.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

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
import vn.antq.models.Tokens;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.TopicRecords;

/**
 * Models across the 2025 reorganisation: a model's codes are those of the structure in force on its founding date,
 * and a model founded in a 2019-2024 commune keeps its history when it is re-homed to a 2025 commune that took that
 * commune over. Xã Trà Bùi (21142, Quảng Ngãi) was split between Xã Cà Đam (21136, the default successor) and Xã
 * Tây Trà Bồng (21157).
 */
@ModelServiceTest
class ReformIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String RECORDER = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    static final String TYPE = "WOMEN_LEGAL_OUTREACH_TEAM";

    @LocalServerPort
    int port;

    HttpApi api;
    final TopicRecords topic = TopicRecords.embedded();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void aModelFoundedIn2024TakesOldCodesOneFoundedInAugust2025NewCodes() {
        HttpApi.Response old = register(model("62", "615", "23500", "2024-03-08"), RECORDER, "vi");
        HttpApi.Response current = register(model("51", null, "23512", "2025-08-15"), RECORDER, "vi");

        assertThat(old.status()).isEqualTo(201);
        assertThat(old.json().get("locality").get("name").asString()).isEqualTo("Thị trấn Đắk Hà, Huyện Đắk Hà, Tỉnh Kon Tum");
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("locality").get("name").asString()).isEqualTo("Xã Đăk Mar, Tỉnh Quảng Ngãi");
    }

    @Test
    void aModelFoundedInSeptember2025WithAnOldCommuneCodeIs400NamingItsSuccessors() {
        String body = model("51", null, "21142", "2025-09-10");

        HttpApi.Response vi = register(body, RECORDER, "vi");
        HttpApi.Response en = register(body, RECORDER, "en");

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(error(vi, "locality.commune")).contains("không còn hiệu lực", "nay thuộc: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
        assertThat(error(en, "locality.commune")).contains("no longer in force", "now part of: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
    }

    @Test
    void aModelInAnOldCommuneIsReHomedToASuccessorAndKeepsItsHistoryAndItsOldReports() {
        String id = register(model("51", "525", "21142", "2020-03-08"), RECORDER, "vi").json().get("id").asString();
        assertThat(report(id, "2024-Q4", null, "vi").status()).isEqualTo(201);

        // After the reform the model reports in the new units only: re-home first.
        HttpApi.Response tooEarly = report(id, "2025-Q3", null, "en");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("model.rehoming-needed");
        assertThat(tooEarly.json().get("suggestion").get("commune").asString()).isEqualTo("21136");
        assertThat(tooEarly.json().get("rehoming").asString()).isEqualTo("/api/v1/models/" + id + "/rehoming");
        assertThat(tooEarly.json().get("detail").asString()).contains("re-home the model first", "21136");
        assertThat(report(id, "2025-Q3", null, "vi").json().get("detail").asString()).contains("hãy chuyển mô hình trước");

        HttpApi.Response suggestion = api.request("GET", "/api/v1/models/" + id + "/rehoming").token(RECORDER).send();
        assertThat(suggestion.status()).isEqualTo(200);
        assertThat(suggestion.etag()).isEqualTo("\"1\"");
        JsonNode offer = suggestion.json();
        assertThat(offer.get("needed").asBoolean()).isTrue();
        assertThat(offer.get("structure").asString()).isEqualTo("2019-2024");
        assertThat(offer.get("effectiveFrom").asString()).isEqualTo("2025-07-01");
        assertThat(offer.get("divided").asBoolean()).isTrue();
        assertThat(offer.get("suggestion").get("commune").asString()).isEqualTo("21136");
        assertThat(offer.get("suggestion").get("name").asString()).isEqualTo("Xã Cà Đam, Tỉnh Quảng Ngãi");
        assertThat(offer.get("alternatives")).extracting(target -> target.get("commune").asString()).containsExactly("21157");

        assertThat(rehome(id, null, "21157", RECORDER).status()).isEqualTo(428);
        assertThat(rehome(id, "\"7\"", "21157", RECORDER).status()).isEqualTo(412);
        assertThat(rehome(id, "\"1\"", "21157", Tokens.token("FARMERS", null, Role.RECORDER)).status()).isEqualTo(403);
        HttpApi.Response notASuccessor = rehome(id, "\"1\"", "23512", RECORDER);
        assertThat(notASuccessor.status()).isEqualTo(400);
        assertThat(error(notASuccessor, "commune")).contains("21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");

        HttpApi.Response rehomed = rehome(id, "\"1\"", "21157", RECORDER);
        assertThat(rehomed.status()).isEqualTo(200);
        assertThat(rehomed.etag()).isEqualTo("\"2\"");
        JsonNode model = rehomed.json();
        assertThat(model.get("locality").get("commune").asString()).isEqualTo("21157");
        JsonNode district = model.get("locality").path("district");
        assertThat(district.isNull() || district.isMissingNode()).as("no district in 2025").isTrue();
        assertThat(model.get("locality").get("name").asString()).isEqualTo("Xã Tây Trà Bồng, Tỉnh Quảng Ngãi");
        assertThat(model.get("localitySince").asString()).isEqualTo("2025-07-01");
        assertThat(model.get("establishedOn").asString()).isEqualTo("2020-03-08");
        JsonNode former = model.get("formerLocalities").get(0);
        assertThat(former.get("commune").asString()).isEqualTo("21142");
        assertThat(former.get("name").asString()).isEqualTo("Xã Trà Bùi, Huyện Trà Bồng, Tỉnh Quảng Ngãi");
        assertThat(former.get("from").asString()).isEqualTo("2020-03-08");
        assertThat(former.get("until").asString()).isEqualTo("2025-06-30");

        // The usual event, with the full new state.
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, EventTypes.MODEL_CHANGED, 1);
        ConsumerRecord<String, byte[]> changed = events.get(0);
        JsonNode body = HttpApi.json(TopicRecords.body(changed));
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(body.get("locality").get("commune").asString()).isEqualTo("21157");
        assertThat(body.get("establishedOn").asString()).isEqualTo("2020-03-08");
        assertThat(SCHEMAS.validate(EventTypes.MODEL_CHANGED, changed.value())).isEmpty();

        JsonNode after = api.request("GET", "/api/v1/models/" + id + "/rehoming").token(RECORDER).send().json();
        assertThat(after.get("needed").asBoolean()).isFalse();
        assertThat(after.get("structure").asString()).isEqualTo("2025");
        assertThat(rehome(id, "\"2\"", "21136", RECORDER).status()).isEqualTo(409);

        // Reports: after the reform in the new commune; a correction of an old period stays in the old one.
        assertThat(report(id, "2025-Q3", null, "vi").status()).isEqualTo(201);
        assertThat(report(id, "2024-Q4", "\"1\"", "vi").status()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> reports = awaitEvents(id, EventTypes.MODEL_REPORTED, 3);
        assertThat(reports).extracting(r -> HttpApi.json(TopicRecords.body(r)))
                .extracting(r -> r.get("period").asString() + " " + r.get("locality").get("commune").asString())
                .containsExactly("2024-Q4 21142", "2025-Q3 21157", "2024-Q4 21142");

        // Its details are now checked in the 2025 structure: a new commune passes, the old one is named as such.
        HttpApi.Response edited = change(id, "\"2\"", model("51", null, "21157", "2020-03-08"));
        HttpApi.Response backToOld = change(id, "\"3\"", model("51", "525", "21142", "2020-03-08"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("formerLocalities")).hasSize(1);
        assertThat(backToOld.status()).isEqualTo(400);
    }

    @Test
    void aModelInAMergedCommuneReportsInItsOnlySuccessorBeforeAndAfterItIsReHomed() {
        String konTum = Tokens.token("WOMEN_UNION", "62", Role.RECORDER);
        String id = register(model("62", "615", "23506", "2021-05-01"), konTum, "vi").json().get("id").asString();

        // Xã Đắk HRing went whole into Xã Đăk Mar: where it reports after the reform is no choice.
        HttpApi.Response before = report(id, "2024-Q4", null, "vi", konTum);
        HttpApi.Response after = report(id, "2025-Q3", null, "vi", konTum);
        HttpApi.Response rehomed = rehome(id, "\"1\"", "23512", konTum);
        // Re-homed, the model lies in Quảng Ngãi: a token limited to the old province no longer covers it.
        HttpApi.Response oldToken = report(id, "2025-Q4", null, "vi", konTum);
        HttpApi.Response later = report(id, "2025-Q4", null, "vi", Tokens.token("WOMEN_UNION", "51", Role.RECORDER));

        assertThat(List.of(before, after, later)).extracting(HttpApi.Response::status).containsOnly(201);
        assertThat(oldToken.status()).isEqualTo(403);
        assertThat(after.json().get("locality").get("commune").asString()).isEqualTo("23512");
        assertThat(rehomed.status()).isEqualTo(200);
        assertThat(awaitEvents(id, EventTypes.MODEL_REPORTED, 3))
                .extracting(r -> HttpApi.json(TopicRecords.body(r)).get("locality"))
                .extracting(l -> l.get("province").asString() + " " + l.get("commune").asString())
                .containsExactly("62 23506", "51 23512", "51 23512");
    }

    @Test
    void aKonTumOfficerReHomesAKonTumModelToTheSuggestedCommuneOfQuangNgai() {
        String konTum = Tokens.token("WOMEN_UNION", "62", Role.RECORDER);
        String id = register(model("62", "612", "23401", "2021-05-01"), konTum, "vi").json().get("id").asString();

        HttpApi.Response rehomed = rehome(id, "\"1\"", "23401", konTum);
        HttpApi.Response outside = rehome(register(model("51", "525", "21142", "2021-05-01"), RECORDER, "vi")
                .json().get("id").asString(), "\"1\"", "21136", konTum);

        assertThat(rehomed.status()).isEqualTo(200);
        assertThat(rehomed.json().get("locality").get("name").asString()).isEqualTo("Xã Đăk Tô, Tỉnh Quảng Ngãi");
        assertThat(outside.status()).isEqualTo(403);
    }

    @Test
    void aDissolvedModelIsNotReHomed() {
        String id = register(model("62", "612", "23401", "2021-05-01"), RECORDER, "vi").json().get("id").asString();
        api.request("POST", "/api/v1/models/" + id + "/status").token(RECORDER).header("If-Match", "\"1\"")
                .json("{\"status\": \"DISSOLVED\"}").send();

        HttpApi.Response refused = rehome(id, "\"2\"", "23401", RECORDER);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.request("GET", "/api/v1/models/" + id + "/rehoming").token(RECORDER).send().json()
                .get("needed").asBoolean()).isFalse();
    }

    private static String model(String province, String district, String commune, String establishedOn) {
        return """
                {"name": "%s", "type": "%s", "agency": "WOMEN_UNION", "partnerAgencies": [],
                 "locality": {"province": "%s", "district": %s, "commune": "%s"},
                 "establishedOn": "%s", "members": 20}
                """.formatted(ModelJson.uniqueName(), TYPE, province, district == null ? "null" : "\"" + district + "\"",
                commune, establishedOn);
    }

    private HttpApi.Response register(String body, String token, String language) {
        return api.request("POST", "/api/v1/models").token(token).header("Accept-Language", language).json(body).send();
    }

    private HttpApi.Response change(String id, String ifMatch, String body) {
        return api.request("PUT", "/api/v1/models/" + id).token(RECORDER).header("If-Match", ifMatch).json(body).send();
    }

    private HttpApi.Response rehome(String id, String ifMatch, String commune, String token) {
        HttpApi.Request request = api.request("POST", "/api/v1/models/" + id + "/rehome").token(token)
                .header("Accept-Language", "en");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.json("{\"commune\": \"" + commune + "\"}").send();
    }

    private HttpApi.Response report(String id, String period, String ifMatch, String language) {
        return report(id, period, ifMatch, language, RECORDER);
    }

    private HttpApi.Response report(String id, String period, String ifMatch, String language, String token) {
        HttpApi.Request request = api.request("POST", "/api/v1/models/" + id + "/reports").token(token)
                .header("Accept-Language", language);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.json("""
                {"period": "%s", "meetings": 3, "mediations": 1, "tipsReported": 0, "offendersSupported": 0,
                 "incidents": 0, "membersAtPeriodEnd": 20}
                """.formatted(period)).send();
    }

    private static String error(HttpApi.Response response, String field) {
        return response.json().get("errors").valueStream().filter(e -> field.equals(e.get("field").asString()))
                .map(e -> e.get("message").asString()).findFirst().orElse("no error for " + field + ": " + response.body());
    }

    private List<ConsumerRecord<String, byte[]>> awaitEvents(String id, String type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ofType(id, type).size() >= count);
        return ofType(id, type);
    }

    private List<ConsumerRecord<String, byte[]>> ofType(String id, String type) {
        return topic.withKey(Topics.MODEL, id).stream().filter(e -> type.equals(TopicRecords.header(e, "ce_type"))).toList();
    }
}
