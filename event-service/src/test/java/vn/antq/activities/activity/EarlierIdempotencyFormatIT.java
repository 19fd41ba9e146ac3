package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.Tokens;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/** Activities stored before the one idempotency format (a top-level {@code fingerprint}) still replay. */
@EventServiceTest
class EarlierIdempotencyFormatIT {

    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", null, Role.RECORDER);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void anActivityStoredWithATopLevelFingerprintIsReplayedAndItsKeyRefusedForAnotherBody() {
        String key = UUID.randomUUID().toString();
        String body = ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle());
        HttpApi.Response first = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(body).send();
        assertThat(first.status()).isEqualTo(201);
        String id = first.json().get("id").asString();

        Query byId = Query.query(Criteria.where("_id").is(id));
        Document stored = mongo.findOne(byId, Document.class, ActivityStore.COLLECTION);
        String fingerprint = stored.get("creation", Document.class).getString("fingerprint");
        mongo.updateFirst(byId, new Update().unset("creation").set("fingerprint", fingerprint), ActivityStore.COLLECTION);
        Document old = mongo.findOne(byId, Document.class, ActivityStore.COLLECTION);
        assertThat(old).doesNotContainKey("creation").containsEntry("fingerprint", fingerprint);

        HttpApi.Response retry = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(body).send();
        HttpApi.Response other = api.request("POST", "/api/v1/activities").token(WOMEN_UNION)
                .header("Idempotency-Key", key)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle())).send();

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(other.status()).isEqualTo(422);
        assertThat(mongo.count(byId, ActivityStore.COLLECTION)).isEqualTo(1);
        assertThat(mongo.findOne(byId, Document.class, ActivityStore.COLLECTION)).doesNotContainKey("creation");
    }
}
