package vn.antq.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server acknowledged is in its file even when its process is killed at once afterwards (SIGKILL, no
 * shutdown hook): the recording services answer 201 only after MongoDB acknowledged the write, so the local stack
 * must not lose such a write when it is killed.
 */
class InProcessMongoHardKillTest {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedWritesSurviveAKillOfTheServerProcess() throws Exception {
        int port = FreePorts.next();
        Process server = startServerProcess(port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> collection = client.getDatabase("t").getCollection("c");
            for (int i = 0; i < DOCUMENTS; i++) {
                collection.insertOne(new Document("_id", i).append("n", 0));
            }
            for (int i = 0; i < DOCUMENTS; i += 2) {
                collection.updateOne(Filters.eq("_id", i), Updates.inc("n", 1));
            }
            // Killed right after the last acknowledgement: nothing has had time to be flushed by a timer.
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }

        try (InProcessMongo mongo = InProcessMongo.start(dataDir, 0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("t").getCollection("c");
            assertThat(collection.countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(collection.countDocuments(Filters.eq("n", 1))).isEqualTo(DOCUMENTS / 2);
        }
    }

    private Process startServerProcess(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                MongoServerProcess.class.getName(), dataDir.toString(), Integer.toString(port)))
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.contains(MongoServerProcess.READY)) {
                // Keep draining its output so that the child never blocks on a full pipe.
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "mongo-process-output");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("The MongoDB-wire server process ended before it was ready");
    }
}
