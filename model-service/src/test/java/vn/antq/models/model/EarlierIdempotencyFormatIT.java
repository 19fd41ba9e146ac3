package vn.antq.models.model;

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
import vn.antq.kit.security.Role;
import vn.antq.models.ModelServiceTest;
import vn.antq.models.Tokens;
import vn.antq.testsupport.HttpApi;

/** Models stored before the one idempotency format (the creating request as {@code registration}) still replay. */
@ModelServiceTest
class EarlierIdempotencyFormatIT {

    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", "62", Role.RECORDER);

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
    void aModelStoredWithARegistrationIsReplayedAfterAChangeAndItsKeyRefusedForAnotherBody() {
        String key = UUID.randomUUID().toString();
        String body = ModelJson.legalOutreachTeam(ModelJson.uniqueName());
        HttpApi.Response first = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(body).send();
        assertThat(first.status()).isEqualTo(201);
        String id = first.json().get("id").asString();

        Query byId = Query.query(Criteria.where("_id").is(id));
        Document creation = mongo.findOne(byId, Document.class, ModelStore.COLLECTION).get("creation", Document.class);
        mongo.updateFirst(byId, new Update().unset("creation").set("registration", creation), ModelStore.COLLECTION);
        assertThat(mongo.findOne(byId, Document.class, ModelStore.COLLECTION)).doesNotContainKey("creation")
                .containsEntry("registration", creation);
        HttpApi.Response suspended = api.request("POST", "/api/v1/models/" + id + "/status").token(WOMEN_UNION)
                .header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .json("{\"status\": \"SUSPENDED\"}").send();

        HttpApi.Response retry = api.request("POST", "/api/v1/models").token(WOMEN_UNION).header("Idempotency-Key", key)
                .json(body).send();
        HttpApi.Response otherBody = api.request("POST", "/api/v1/models").token(WOMEN_UNION)
                .header("Idempotency-Key", key).json(ModelJson.legalOutreachTeam(ModelJson.uniqueName())).send();

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(retry.json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(otherBody.status()).isEqualTo(422);
    }
}
