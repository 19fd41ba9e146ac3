package vn.antq.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsSurviveARestartWhenADataDirectoryIsGiven() {
        try (InProcessMongo mongo = InProcessMongo.start(dataDir, 0)) {
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "a").append("n", 1));
            }
            mongo.restart();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                Document found = client.getDatabase("t").getCollection("c").find(new Document("_id", "a")).first();
                assertThat(found).isNotNull();
                assertThat(found.getInteger("n")).isEqualTo(1);
            }
        }
    }
}
