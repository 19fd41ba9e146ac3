package vn.antq.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyOrderedH2DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keysCompareByTheirValuesAsMongoDbOrdersThem() {
        assertThat(compare(new KeyValue("a", 2), new KeyValue("a", 10))).isNegative();
        assertThat(compare(new KeyValue("b", 1), new KeyValue("a", 10))).isPositive();
        assertThat(compare(new KeyValue(1), new KeyValue(1.0))).isZero();
        assertThat(compare(new KeyValue("x", Missing.getInstance()), new KeyValue("x", (Object) null))).isZero();
        assertThat(compare(new KeyValue(5), new KeyValue("5"))).as("numbers before strings").isNegative();
        assertThat(compare(new KeyValue(Instant.parse("2024-01-01T00:00:00Z")), new KeyValue(Instant.parse("2024-01-02T00:00:00Z"))))
                .isNegative();
        assertThat(compare(new KeyValue("a"), new KeyValue("a", 1))).isNegative();
    }

    @Test
    void aUniqueIndexRefusesADuplicateAndFindsEachKeyAmongManyAcrossARestart() {
        try (InProcessMongo mongo = InProcessMongo.start(dataDir, 0)) {
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> periods = client.getDatabase("t").getCollection("periods");
                periods.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
                periods.createIndex(Indexes.ascending("unit", "month"), new IndexOptions().unique(true));
                periods.insertMany(documents(2_000));
                assertThatThrownBy(() -> periods.insertOne(new Document("_id", "p-x").append("version", 1)
                        .append("unit", "u7").append("month", 7))).isInstanceOf(MongoWriteException.class);
            }
            mongo.restart();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> periods = client.getDatabase("t").getCollection("periods");
                assertFound(periods);
                assertThatThrownBy(() -> periods.insertOne(new Document("_id", "p-y").append("version", 1)
                        .append("unit", "u1999").append("month", 1999))).isInstanceOf(MongoWriteException.class);
                assertThat(periods.updateOne(new Document("_id", "p-5").append("version", 1),
                        new Document("$set", new Document("version", 2))).getModifiedCount()).isEqualTo(1);
                assertThat(periods.find(new Document("_id", "p-5").append("version", 2)).first()).isNotNull();
                assertThat(periods.find(new Document("_id", "p-5").append("version", 1)).first()).isNull();
            }
        }
    }

    @Test
    void anIndexWrittenByThePlainH2BackendIsCarriedOverWhenTheFileIsOpenedAgain() {
        Path file = dataDir.resolve("mongo.mv");
        H2Backend plain = new H2Backend(file.toString());
        MongoServer server = new MongoServer(plain);
        int port = FreePorts.next();
        server.bind("localhost", port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> periods = client.getDatabase("t").getCollection("periods");
            periods.createIndex(Indexes.ascending("unit", "month"), new IndexOptions().unique(true));
            periods.insertMany(documents(500));
        }
        server.shutdownNow();

        try (InProcessMongo mongo = InProcessMongo.start(dataDir, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> periods = client.getDatabase("t").getCollection("periods");
            assertThat(periods.countDocuments()).isEqualTo(500);
            Document found = periods.find(new Document("unit", "u321").append("month", 321)).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("_id")).isEqualTo("p-321");
            assertThatThrownBy(() -> periods.insertOne(new Document("_id", "p-z").append("unit", "u3").append("month", 3)))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    private static void assertFound(MongoCollection<Document> periods) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 2_000; i += 37) {
            Document found = periods.find(new Document("unit", "u" + i).append("month", i)).first();
            if (found == null || !found.getString("_id").equals("p-" + i)) {
                missing.add("u" + i);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Document> documents(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Document("_id", "p-" + i).append("version", 1)
                .append("unit", "u" + i).append("month", i).append("at", new Date(i * 1000L))).toList();
    }

    private static int compare(KeyValue left, KeyValue right) {
        return new KeyOrderedH2Database.KeyValueType().compare(left, right);
    }
}
