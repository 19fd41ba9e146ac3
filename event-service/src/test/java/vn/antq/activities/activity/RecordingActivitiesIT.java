package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.activities.EventServiceTest;
import vn.antq.testsupport.HttpApi;
import vn.antq.activities.Tokens;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.TopicRecords;

@EventServiceTest
class RecordingActivitiesIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", null, Role.RECORDER);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;
    final TopicRecords topic = TopicRecords.embedded();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void aWomenUnionRecorderRecordsAVillageMeetingAndItsEventIsPublished() {
        HttpApi.Response created = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle())).send();

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.header("Location")).endsWith("/api/v1/activities/" + id);
        assertThat(created.json().get("channel").asString()).isEqualTo("DIRECT");

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 1);
        ConsumerRecord<String, byte[]> event = events.get(0);
        assertThat(event.key()).isEqualTo(id);
        assertThat(TopicRecords.header(event, "ce_type")).isEqualTo(EventTypes.ACTIVITY_RECORDED);
        assertThat(TopicRecords.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicRecords.header(event, "ce_subject")).isEqualTo(id);
        assertThat(TopicRecords.header(event, "ce_id")).isNotBlank();
        assertThat(TopicRecords.header(event, "ce_source")).isNotBlank();
        assertThat(TopicRecords.header(event, "ce_time")).isNotBlank();
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, event.value())).isEmpty();
        assertThat(TopicRecords.body(event)).contains("\"participants\":120");
    }

    @Test
    void aWomenUnionTokenCannotRecordForThePolice() {
        String title = ActivityJson.uniqueTitle();
        HttpApi.Response response = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .json(ActivityJson.villageMeeting("POLICE", title)).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertNothingStoredOrPublished(title);
    }

    @Test
    void aTokenScopedToOneDistrictCannotRecordInAnother() {
        String title = ActivityJson.uniqueTitle();
        String dakHaOnly = Tokens.token("WOMEN_UNION", "615", Role.RECORDER);

        HttpApi.Response response = api.request("POST", "/api/v1/activities").token(dakHaOnly)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title, "608", "23281", 50)).send();

        assertThat(response.status()).isEqualTo(403);
        assertNothingStoredOrPublished(title);
    }

    @Test
    void withoutATokenNothingIsRecorded() {
        String title = ActivityJson.uniqueTitle();
        HttpApi.Response response = api.request("POST", "/api/v1/activities")
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title)).send();

        assertThat(response.status()).isEqualTo(401);
        assertNothingStoredOrPublished(title);
    }

    @Test
    void aPostRetriedWithTheSameIdempotencyKeyCreatesOneActivityAndOneEvent() {
        String key = UUID.randomUUID().toString();
        String body = ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle());

        HttpApi.Response first = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(body).send();
        HttpApi.Response retry = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(body).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        String id = first.json().get("id").asString();
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(id)), ActivityStore.COLLECTION)).isEqualTo(1);
        awaitEvents(id, 1);
        assertThat(topic.withKey(Topics.ACTIVITY, id)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        api.request("POST", "/api/v1/activities").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle())).send();

        HttpApi.Response other = api.request("POST", "/api/v1/activities").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle())).send();

        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void revisingWithAStaleVersionIsRejectedAndWithTheCurrentOneGivesVersionTwo() {
        String title = ActivityJson.uniqueTitle();
        String id = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title)).send().json().get("id").asString();
        String revised = ActivityJson.villageMeeting("WOMEN_UNION", title, "615", "23500", 150);

        HttpApi.Response missing = api.request("PUT", "/api/v1/activities/" + id).token(WOMEN_UNION).json(revised).send();
        HttpApi.Response stale = api.request("PUT", "/api/v1/activities/" + id).token(WOMEN_UNION)
                .header("If-Match", "\"7\"").json(revised).send();
        HttpApi.Response current = api.request("PUT", "/api/v1/activities/" + id).token(WOMEN_UNION)
                .header("If-Match", "\"1\"").json(revised).send();

        HttpApi.Response unknown = api.request("PUT", "/api/v1/activities/no-such-activity").token(WOMEN_UNION)
                .header("If-Match", "\"1\"").json(revised).send();

        assertThat(missing.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).isEqualTo("Không tìm thấy hoạt động có mã no-such-activity.");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("version").asLong()).isEqualTo(2);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 2);
        assertThat(events).extracting(e -> TopicRecords.header(e, "ce_type"))
                .containsExactly(EventTypes.ACTIVITY_RECORDED, EventTypes.ACTIVITY_REVISED);
        JsonNode revisedBody = new HttpApi.Response(200, null, TopicRecords.body(events.get(1))).json();
        assertThat(revisedBody.get("version").asLong()).isEqualTo(2);
        assertThat(revisedBody.get("participants").asLong()).isEqualTo(150);
        assertThat(revisedBody.get("title").asString()).isEqualTo(title);
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_REVISED, events.get(1).value())).isEmpty();
    }

    @Test
    void ifMatchAnyVersionIsRefusedWith428AndChangesNothing() {
        String title = ActivityJson.uniqueTitle();
        String id = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title)).send().json().get("id").asString();
        String revised = ActivityJson.villageMeeting("WOMEN_UNION", title, "615", "23500", 150);

        HttpApi.Response put = api.request("PUT", "/api/v1/activities/" + id).token(WOMEN_UNION)
                .header("If-Match", "*").header("Accept-Language", "en").json(revised).send();
        HttpApi.Response cancel = api.request("DELETE", "/api/v1/activities/" + id).token(WOMEN_UNION)
                .header("If-Match", "*").send();
        HttpApi.Response read = api.request("GET", "/api/v1/activities/" + id).token(WOMEN_UNION).send();

        assertThat(put.status()).isEqualTo(428);
        assertThat(put.header("Content-Type")).startsWith("application/problem+json");
        assertThat(put.json().get("detail").asString()).contains("If-Match: * names no version");
        assertThat(cancel.status()).isEqualTo(428);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("status").asString()).isEqualTo("RECORDED");
        assertThat(read.json().get("participants").asLong()).isNotEqualTo(150);
        // The next real change is version 2, and the topic holds exactly its two events: nothing was written for *.
        assertThat(api.request("PUT", "/api/v1/activities/" + id).token(WOMEN_UNION).header("If-Match", "\"1\"")
                .json(revised).send().status()).isEqualTo(200);
        assertThat(awaitEvents(id, 2)).extracting(e -> TopicRecords.header(e, "ce_type"))
                .containsExactly(EventTypes.ACTIVITY_RECORDED, EventTypes.ACTIVITY_REVISED);
    }

    @Test
    void cancellingKeepsTheActivityReadableAsCancelledAndPublishesACancelledEvent() {
        String id = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle())).send().json().get("id").asString();

        HttpApi.Response cancelled = api.request("DELETE", "/api/v1/activities/" + id).token(WOMEN_UNION)
                .header("If-Match", "\"1\"").send();
        HttpApi.Response again = api.request("DELETE", "/api/v1/activities/" + id).token(WOMEN_UNION)
                .header("If-Match", "\"2\"").header("Accept-Language", "en").send();
        HttpApi.Response read = api.request("GET", "/api/v1/activities/" + id).token(WOMEN_UNION).send();

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).isEqualTo("Activity " + id + " is cancelled: it can no longer be revised or "
                + "cancelled.");
        assertThat(read.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(awaitEvents(id, 2)).extracting(e -> TopicRecords.header(e, "ce_type"))
                .containsExactly(EventTypes.ACTIVITY_RECORDED, EventTypes.ACTIVITY_CANCELLED);
    }

    @Test
    void anotherAgencyCannotReadOrReviseTheActivityButOpsCanRead() {
        String id = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle())).send().json().get("id").asString();
        String police = Tokens.token("POLICE", null, Role.RECORDER);

        assertThat(api.request("GET", "/api/v1/activities/" + id).token(police).send().status()).isEqualTo(403);
        assertThat(api.request("DELETE", "/api/v1/activities/" + id).token(police).header("If-Match", "\"1\"").send()
                .status()).isEqualTo(403);
        assertThat(api.request("GET", "/api/v1/activities/" + id).token(Tokens.token("OPS", null, Role.OPS)).send()
                .status()).isEqualTo(200);
    }

    @Test
    void listingIsFilteredAndPaged() {
        String district = "611";
        for (int i = 0; i < 3; i++) {
            api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                    .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle(), district, "23377", 10 + i))
                    .send();
        }

        HttpApi.Response page = api.request("GET", "/api/v1/activities?locality=" + district + "&size=2&page=0")
                .token(WOMEN_UNION).send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(2);
        assertThat(page.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        page.json().get("items").forEach(item ->
                assertThat(item.get("locality").get("district").asString()).isEqualTo(district));
    }

    private List<ConsumerRecord<String, byte[]>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.withKey(Topics.ACTIVITY, id).size() >= count);
        return topic.withKey(Topics.ACTIVITY, id);
    }

    private void assertNothingStoredOrPublished(String title) {
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), ActivityStore.COLLECTION)).isZero();
        assertThat(topic.matching(Topics.ACTIVITY, r -> TopicRecords.body(r).contains(title))).isEmpty();
    }
}
