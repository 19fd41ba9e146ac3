package vn.antq.models.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
class ModelLifecycleIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", "62", Role.RECORDER);
    static final String ADMIN = Tokens.token("ADMIN_OFFICE", null, Role.ADMIN);

    @LocalServerPort
    int port;

    HttpApi api;
    final TopicRecords topic = TopicRecords.embedded();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void registerChangeSuspendReactivateAndDissolveEachPublishTheFullStateWithTheNextVersion() {
        String name = ModelJson.uniqueName();
        HttpApi.Response registered = post("/api/v1/models", ModelJson.legalOutreachTeam(name));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(registered.json().get("version").asLong()).isEqualTo(1);
        assertThat(registered.header("Location")).endsWith("/api/v1/models/" + id);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");

        HttpApi.Response changed = api.request("PUT", "/api/v1/models/" + id).token(WOMEN_UNION).header("If-Match", "\"1\"")
                .json(ModelJson.model("WOMEN_UNION", name, "WOMEN_LEGAL_OUTREACH_TEAM", ModelJson.TOWN_DAK_HA, 31))
                .send();
        HttpApi.Response suspended = status(id, 2, "SUSPENDED", "Tổ trưởng chuyển công tác");
        HttpApi.Response reactivated = status(id, 3, "ACTIVE", null);
        HttpApi.Response dissolved = status(id, 4, "DISSOLVED", "Sáp nhập vào tổ hòa giải");

        assertThat(List.of(changed, suspended, reactivated, dissolved)).extracting(HttpApi.Response::status)
                .containsOnly(200);
        assertThat(dissolved.json().get("version").asLong()).isEqualTo(5);
        assertThat(dissolved.json().get("allowedTransitions")).isEmpty();
        assertThat(dissolved.json().get("statusReason").asString()).isEqualTo("Sáp nhập vào tổ hòa giải");

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 5);
        assertThat(events).allSatisfy(event -> assertThat(event.key()).isEqualTo(id));
        assertThat(events).extracting(e -> TopicRecords.header(e, "ce_type")).containsExactly(
                EventTypes.MODEL_REGISTERED, EventTypes.MODEL_CHANGED, EventTypes.MODEL_CHANGED,
                EventTypes.MODEL_CHANGED, EventTypes.MODEL_CHANGED);
        List<JsonNode> bodies = events.stream().map(e -> HttpApi.json(TopicRecords.body(e))).toList();
        assertThat(bodies).extracting(b -> b.get("version").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(bodies).extracting(b -> b.get("status").asString())
                .containsExactly("ACTIVE", "ACTIVE", "SUSPENDED", "ACTIVE", "DISSOLVED");
        assertThat(bodies).extracting(b -> b.get("members").asLong()).containsExactly(25L, 31L, 31L, 31L, 31L);
        assertThat(bodies).allSatisfy(body -> {
            assertThat(body.get("name").asString()).isEqualTo(name);
            assertThat(body.get("agency").asString()).isEqualTo("WOMEN_UNION");
            assertThat(body.get("locality").get("commune").asString()).isEqualTo(ModelJson.TOWN_DAK_HA);
        });
        for (ConsumerRecord<String, byte[]> event : events) {
            assertThat(SCHEMAS.validate(TopicRecords.header(event, "ce_type"), event.value())).isEmpty();
        }
    }

    @Test
    void anIllegalTransitionIs409SayingWhichAreAllowedAndADissolvedModelCannotBeChangedAnyMore() {
        String name = ModelJson.uniqueName();
        String id = post("/api/v1/models", ModelJson.legalOutreachTeam(name)).json().get("id").asString();

        HttpApi.Response activeAgain = api.request("POST", "/api/v1/models/" + id + "/status").token(WOMEN_UNION)
                .header("If-Match", "\"1\"").header("Accept-Language", "en").json("{\"status\": \"ACTIVE\"}").send();
        HttpApi.Response unknown = status(id, 1, "FROZEN", null);
        status(id, 1, "DISSOLVED", null);
        HttpApi.Response revived = status(id, 2, "ACTIVE", null);
        HttpApi.Response edited = api.request("PUT", "/api/v1/models/" + id).token(WOMEN_UNION).header("If-Match", "\"2\"")
                .json(ModelJson.legalOutreachTeam(name)).send();

        assertThat(activeAgain.status()).isEqualTo(409);
        assertThat(activeAgain.header("Content-Type")).startsWith("application/problem+json");
        assertThat(activeAgain.json().get("allowedTransitions").toString()).isEqualTo("[\"SUSPENDED\",\"DISSOLVED\"]");
        assertThat(activeAgain.json().get("detail").asString()).contains("Allowed: SUSPENDED, DISSOLVED");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(revived.status()).isEqualTo(409);
        assertThat(revived.json().get("detail").asString()).contains("giải thể");
        assertThat(edited.status()).isEqualTo(409);
        assertThat(awaitEvents(id, 2)).hasSize(2);
    }

    @Test
    void aFarmersTokenCannotChangeAWomenUnionModelAndNothingChanges() {
        String name = ModelJson.uniqueName();
        String id = post("/api/v1/models", ModelJson.legalOutreachTeam(name)).json().get("id").asString();
        String farmers = Tokens.token("FARMERS", null, Role.RECORDER);

        HttpApi.Response put = api.request("PUT", "/api/v1/models/" + id).token(farmers).header("If-Match", "\"1\"")
                .json(ModelJson.model("WOMEN_UNION", name, "WOMEN_LEGAL_OUTREACH_TEAM", ModelJson.TOWN_DAK_HA, 99))
                .send();
        HttpApi.Response suspend = api.request("POST", "/api/v1/models/" + id + "/status").token(farmers)
                .header("If-Match", "\"1\"").json("{\"status\": \"SUSPENDED\"}").send();
        HttpApi.Response read = api.request("GET", "/api/v1/models/" + id).token(WOMEN_UNION).send();

        assertThat(put.status()).isEqualTo(403);
        assertThat(put.header("Content-Type")).startsWith("application/problem+json");
        assertThat(suspend.status()).isEqualTo(403);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("members").asLong()).isEqualTo(25);
        assertThat(read.json().get("status").asString()).isEqualTo("ACTIVE");
        awaitEvents(id, 1);
        assertThat(topic.withKey(Topics.MODEL, id)).hasSize(1);
    }

    @Test
    void aSecondActiveModelOfTheSameTypeInTheSameCommuneIsRegisteredWithAWarningNamingTheFirst() {
        String type = newModelType();
        String firstName = ModelJson.uniqueName();
        String first = post("/api/v1/models", ModelJson.model("WOMEN_UNION", firstName, type, ModelJson.DAK_PXI, 12))
                .json().get("id").asString();
        String farmers = Tokens.token("FARMERS", null, Role.RECORDER);

        HttpApi.Response second = api.request("POST", "/api/v1/models").token(farmers).json(
                ModelJson.model("FARMERS", ModelJson.uniqueName(), type, ModelJson.DAK_PXI, 8)).send();
        HttpApi.Response elsewhere = post("/api/v1/models",
                ModelJson.model("WOMEN_UNION", ModelJson.uniqueName(), type, ModelJson.TOWN_DAK_HA, 8));

        assertThat(second.status()).isEqualTo(201);
        JsonNode warnings = second.json().get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("code").asString()).isEqualTo("OVERLAPPING_MODEL");
        assertThat(warnings.get(0).get("modelId").asString()).isEqualTo(first);
        assertThat(warnings.get(0).get("modelName").asString()).isEqualTo(firstName);
        assertThat(warnings.get(0).get("message").asString()).contains("chồng chéo", firstName, "Hội Liên hiệp Phụ nữ");
        assertThat(elsewhere.json().get("warnings")).isEmpty();
        assertThat(api.request("GET", "/api/v1/models/" + first).token(WOMEN_UNION).send().json().has("warnings"))
                .isFalse();
    }

    @Test
    void aRegistrationRetriedWithTheSameIdempotencyKeyCreatesOneModelAndOneEvent() {
        String key = UUID.randomUUID().toString();
        String body = ModelJson.legalOutreachTeam(ModelJson.uniqueName());

        HttpApi.Response first = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(body).send();
        HttpApi.Response retry = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(body).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        String id = first.json().get("id").asString();
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        awaitEvents(id, 1);
        assertThat(topic.withKey(Topics.MODEL, id)).hasSize(1);
    }

    @Test
    void aRegistrationRetriedAfterTheModelChangedIsStillRecognisedAsTheSameRequest() {
        String key = UUID.randomUUID().toString();
        String body = ModelJson.legalOutreachTeam(ModelJson.uniqueName());
        HttpApi.Response first = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(body).send();
        String id = first.json().get("id").asString();
        HttpApi.Response suspended = api.request("POST", "/api/v1/models/" + id + "/status").token(WOMEN_UNION)
                .header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .json("{\"status\": \"SUSPENDED\"}").send();

        HttpApi.Response retry = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(body).send();
        HttpApi.Response otherBody = api.request("POST", "/api/v1/models").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(ModelJson.legalOutreachTeam(ModelJson.uniqueName())).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(retry.json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(otherBody.status()).isEqualTo(422);
        awaitEvents(id, 2);
        assertThat(topic.withKey(Topics.MODEL, id)).hasSize(2);
    }

    @Test
    void badInputIsAProblemNamingTheFieldInTheUsersLanguage() {
        String body = ModelJson.model("WOMEN_UNION", ModelJson.uniqueName(), "NIGHT_WATCH", "99999", -3);

        HttpApi.Response vi = api.request("POST", "/api/v1/models").token(WOMEN_UNION).json(body).send();
        HttpApi.Response en = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Accept-Language", "en")
                .json(body).send();
        HttpApi.Response anonymous = api.request("POST", "/api/v1/models").json(body).send();

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = vi.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("type", "members", "locality.commune");
        assertThat(vi.json().get("errors").toString()).contains("Loại mô hình không có trong danh mục");
        assertThat(en.json().get("errors").toString()).contains("Unknown model type: NIGHT_WATCH");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void modelsAreListedByAgencyTypeLocalityAndStatusInPagesAndOnlyToTheirAgency() {
        String type = newModelType();
        for (int i = 0; i < 3; i++) {
            post("/api/v1/models", ModelJson.model("WOMEN_UNION", ModelJson.uniqueName(), type, ModelJson.DAK_PXI, i));
        }

        HttpApi.Response page = api.request("GET", "/api/v1/models?type=" + type + "&locality=615&status=ACTIVE&size=2")
                .token(WOMEN_UNION).send();
        HttpApi.Response policeAskingForWomen = api.request("GET", "/api/v1/models?agency=WOMEN_UNION")
                .token(Tokens.token("POLICE", null, Role.RECORDER)).send();
        HttpApi.Response policeOwn = api.request("GET", "/api/v1/models?type=" + type)
                .token(Tokens.token("POLICE", null, Role.RECORDER)).send();
        HttpApi.Response ops = api.request("GET", "/api/v1/models?type=" + type).token(Tokens.token("OPS", null, Role.OPS)).send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(2);
        assertThat(page.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(policeAskingForWomen.status()).isEqualTo(403);
        assertThat(policeOwn.json().get("items")).isEmpty();
        assertThat(ops.json().get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void theArticlesModelTypesAreSeededAndOnlyAnAdminAddsMore() {
        HttpApi.Response types = api.request("GET", "/api/v1/model-types").token(WOMEN_UNION).send();
        String code = "NIGHT_PATROL_" + Long.toHexString(System.nanoTime()).toUpperCase();
        String body = "{\"code\": \"" + code + "\", \"labelVi\": \"Tổ tuần tra ban đêm\", \"labelEn\": \"Night patrol\"}";

        HttpApi.Response byRecorder = api.request("POST", "/api/v1/model-types").token(WOMEN_UNION).json(body).send();
        HttpApi.Response byAdmin = api.request("POST", "/api/v1/model-types").token(ADMIN).json(body).send();
        HttpApi.Response renamed = api.request("POST", "/api/v1/model-types").token(ADMIN)
                .json(body.replace("Night patrol", "Night watch")).send();

        assertThat(types.status()).isEqualTo(200);
        assertThat(types.json().valueStream().map(t -> t.get("code").asString()).toList()).contains(
                "WOMEN_CRIME_PREVENTION", "WOMEN_LEGAL_OUTREACH_TEAM", "ETHNIC_RELIGIOUS_WOMEN_LAW", "MEDIATION_TEAM",
                "SELF_MANAGED_SECURITY_TEAM", "CRIME_FREE_HAMLET", "REINTEGRATION_SUPPORT_GROUP",
                "SECURITY_CAMERA_NETWORK", "OTHER");
        assertThat(types.body()).contains("Phụ nữ tham gia phòng, chống tội phạm", "Women take part in crime prevention");
        assertThat(byRecorder.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.header("Location")).endsWith("/api/v1/model-types/" + code);
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(post("/api/v1/models", ModelJson.model("WOMEN_UNION", ModelJson.uniqueName(), code,
                ModelJson.DAK_PXI, 5)).status()).isEqualTo(201);
    }

    /** A model type of this test alone, so that what other tests register cannot overlap with it. */
    private String newModelType() {
        String code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        HttpApi.Response created = api.request("POST", "/api/v1/model-types").token(ADMIN).json(
                "{\"code\": \"" + code + "\", \"labelVi\": \"Mô hình thử " + code + "\", \"labelEn\": \"Test " + code + "\"}")
                .send();
        assertThat(created.status()).isEqualTo(201);
        return code;
    }

    private HttpApi.Response post(String path, String json) {
        return api.request("POST", path).token(WOMEN_UNION).json(json).send();
    }

    private HttpApi.Response status(String id, long version, String status, String reason) {
        String body = reason == null ? "{\"status\": \"" + status + "\"}"
                : "{\"status\": \"" + status + "\", \"reason\": \"" + reason + "\"}";
        return api.request("POST", "/api/v1/models/" + id + "/status").token(WOMEN_UNION)
                .header("If-Match", "\"" + version + "\"").json(body).send();
    }

    private List<ConsumerRecord<String, byte[]>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.withKey(Topics.MODEL, id).size() >= count);
        return topic.withKey(Topics.MODEL, id);
    }
}
