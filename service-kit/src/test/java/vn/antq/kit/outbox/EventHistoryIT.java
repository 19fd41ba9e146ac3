package vn.antq.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.antq.kit.testapp.outbox.ActivityStore.ACTIVITIES;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.antq.contracts.EventTypes;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.kit.security.Role;
import vn.antq.kit.testapp.outbox.Activities;
import vn.antq.kit.testapp.outbox.ActivityStore;
import vn.antq.kit.testapp.outbox.OutboxIntegrationTest;
import vn.antq.testsupport.TestTokens;

@OutboxIntegrationTest
class EventHistoryIT {

    private static final TestTokens TOKENS = TestTokens.standard();
    private static final String ADMIN = TOKENS.issue("admin-1", "POLICE", List.of(Role.ADMIN), null, Duration.ofMinutes(5));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ActivityStore store;

    @Test
    void anAdminSeesWhoRevisedAnAggregateWithItsStateBeforeAndAfter() throws Exception {
        String topic = "outbox-it.audit." + UUID.randomUUID();
        String id = "act-" + UUID.randomUUID();
        ActivityEvent recorded = Activities.meeting(id, 1, "recorder-1", 120);
        ActivityEvent revised = Activities.meeting(id, 2, "approver-7", 150);
        store.record(ACTIVITIES, topic, recorded);
        store.revise(ACTIVITIES, topic, revised);
        awaitPublished(id);

        HttpResponse<String> response = get("/api/v1/audit?aggregateId=" + id, ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JsonMapper.shared().readTree(response.body());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode newest = page.get("entries").get(0);
        assertThat(newest.get("collection").asString()).isEqualTo(ACTIVITIES);
        assertThat(newest.get("aggregateId").asString()).isEqualTo(id);
        assertThat(newest.get("version").asLong()).isEqualTo(2);
        assertThat(newest.get("type").asString()).isEqualTo(EventTypes.ACTIVITY_REVISED);
        assertThat(newest.get("actor").asString()).isEqualTo("approver-7");
        assertThat(Instant.parse(newest.get("occurredAt").asString())).isEqualTo(revised.occurredAt());
        assertThat(newest.get("published").asBoolean()).isTrue();
        assertThat(newest.get("before").get("participants").asLong()).isEqualTo(120);
        assertThat(newest.get("after").get("participants").asLong()).isEqualTo(150);
        JsonNode first = page.get("entries").get(1);
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(first.get("actor").asString()).isEqualTo("recorder-1");
        assertThat(first.get("before").isNull()).isTrue();
        assertThat(first.get("after").get("participants").asLong()).isEqualTo(120);
    }

    @Test
    void theTrailFiltersByActorAndTime() throws Exception {
        String topic = "outbox-it.audit." + UUID.randomUUID();
        String id = "act-" + UUID.randomUUID();
        String reviser = "reviser-" + UUID.randomUUID();
        Instant recordedAt = Instant.parse("2024-05-01T08:30:00Z");
        ActivityEvent recorded = Activities.meeting(id, 1, "recorder-1", 120, recordedAt);
        store.record(ACTIVITIES, topic, recorded);
        ActivityEvent revised = Activities.meeting(id, 2, reviser, 130, recordedAt.plusSeconds(3600));
        store.revise(ACTIVITIES, topic, revised);

        JsonNode byActor = JsonMapper.shared().readTree(get("/api/v1/audit?actor=" + reviser, ADMIN).body());
        assertThat(byActor.get("total").asLong()).isEqualTo(1);
        assertThat(byActor.get("entries").get(0).get("version").asLong()).isEqualTo(2);

        String window = "&from=" + recordedAt + "&to=" + recordedAt.plusSeconds(60);
        JsonNode byTime = JsonMapper.shared().readTree(get("/api/v1/audit?aggregateId=" + id + window, ADMIN).body());
        assertThat(byTime.get("entries")).extracting(entry -> entry.get("version").asLong()).containsExactly(1L);
    }

    @Test
    void theTrailPagesNewestFirst() throws Exception {
        String topic = "outbox-it.audit." + UUID.randomUUID();
        String id = "act-" + UUID.randomUUID();
        store.record(ACTIVITIES, topic, Activities.meeting(id, 1));
        for (long version = 2; version <= 5; version++) {
            store.revise(ACTIVITIES, topic, Activities.meeting(id, version));
        }

        JsonNode second = JsonMapper.shared().readTree(get("/api/v1/audit?aggregateId=" + id + "&page=1&size=2", ADMIN).body());

        assertThat(second.get("total").asLong()).isEqualTo(5);
        assertThat(second.get("entries")).extracting(entry -> entry.get("version").asLong()).containsExactly(3L, 2L);
    }

    @Test
    void onlyAnAdminMayReadTheTrail() throws Exception {
        String recorder = TOKENS.issue("recorder-1", "WOMEN_UNION", List.of(Role.RECORDER, Role.OPS), null,
                Duration.ofMinutes(5));

        assertThat(get("/api/v1/audit", recorder).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/audit", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aPageLargerThan200IsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = get("/api/v1/audit?size=201", ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonMapper.shared().readTree(response.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("size");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitPublished(String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document stored = store.find(ACTIVITIES, id);
            return stored.getInteger(OutboxDocuments.PUBLISHED_COUNT) == stored.getInteger(OutboxDocuments.EVENT_COUNT);
        });
    }
}
