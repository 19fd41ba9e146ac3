package vn.antq.analytics.projection;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.support.AnalyticsIntegrationTest;

/**
 * A generation written by the earlier engine (cells with an item per aggregate, rollups with a parts document of
 * their own) must not have its rollups brought up by this one, which keeps the parts inside the rollup document and
 * would lose the old ones: at start it is read from its detailed cells until a rebuild. Each case on a database of
 * its own, as a service starting on it would find it.
 */
@AnalyticsIntegrationTest
class GenerationFormatIT {

    @Autowired
    MongoTemplate mongo;

    private String name;

    private MongoDatabase database() {
        name = "format_test_" + UUID.randomUUID().toString().replace("-", "");
        return mongo.getMongoDatabaseFactory().getMongoDatabase(name);
    }

    @AfterEach
    void dropDatabase() {
        if (name != null) {
            mongo.getMongoDatabaseFactory().getMongoDatabase(name).drop();
        }
    }

    @Test
    void aGenerationOfTheEarlierEngineIsReadFromItsCellsUntilARebuild() {
        MongoDatabase earlier = database();
        earlier.getCollection(Generations.META).insertOne(new Document("_id", "generations").append("active", 3)
                .append("building", null).append("highest", 3).append("rolledUp", List.of(3)));

        Generations generations = new Generations(earlier);
        generations.load();

        assertThat(generations.isRolledUp(3)).isFalse();
        Document meta = earlier.getCollection(Generations.META).find(eq("_id", "generations")).first();
        assertThat(meta.getList("rolledUp", Integer.class)).isEmpty();
        assertThat(meta.getInteger("format")).isEqualTo(1);

        int rebuilt = generations.next();
        generations.startBuilding(rebuilt);
        generations.switchTo(rebuilt);

        assertThat(generations.isRolledUp(rebuilt)).isTrue();
        Document after = earlier.getCollection(Generations.META).find(eq("_id", "generations")).first();
        assertThat(after.getInteger("format")).isEqualTo(Generations.CURRENT_FORMAT);
        assertThat(after.getList("rolledUp", Integer.class)).containsExactly(rebuilt);
    }

    @Test
    void aGenerationOfThisEngineKeepsItsRollupsAcrossARestart() {
        MongoDatabase fresh = database();
        new Generations(fresh).load();

        Generations restarted = new Generations(fresh);
        restarted.load();

        assertThat(restarted.isRolledUp(1)).isTrue();
        assertThat(fresh.getCollection(Generations.META).find(eq("_id", "generations")).first().getInteger("format"))
                .isEqualTo(Generations.CURRENT_FORMAT);
    }
}
