package vn.antq.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) in this JVM. With a data directory it keeps
 * its documents in an H2 MVStore file across restarts, and a write is in the file before it is
 * acknowledged, so a process killed without warning loses nothing it acknowledged (H2 on its own
 * commits about once a second); without one, everything lives in memory.
 * It stands in for MongoDB: the services use only features that real MongoDB has too.
 */
public final class InProcessMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessMongo.class);

    private final Path dataFile;
    private final int port;
    private MongoServer server;
    private MongoBackend backend;

    private InProcessMongo(Path dataFile, int port) {
        this.dataFile = dataFile;
        this.port = port;
    }

    /**
     * Starts a server.
     *
     * @param dataDir where the data file lives; {@code null} for memory only
     * @param port the port; 0 for a free one
     */
    public static InProcessMongo start(Path dataDir, int port) {
        Path file = dataDir == null ? null : dataDir.resolve("mongo.mv");
        InProcessMongo mongo = new InProcessMongo(file, port != 0 ? port : FreePorts.next());
        mongo.startServer();
        return mongo;
    }

    /** {@code mongodb://localhost:port}; append {@code /database} as needed. */
    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    public String connectionString(String database) {
        return connectionString() + "/" + database;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops listening and closes open connections; persistent data stays in its file. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdownNow();
        server = null;
        backend = null;
        log.info("MongoDB-wire server on port {} stopped", port);
    }

    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startServer() {
        backend = dataFile == null ? new SnapshotMemoryBackend() : new CommittingH2Backend(prepare(dataFile).toString());
        server = new MongoServer(backend);
        server.bind("localhost", port);
        log.info("MongoDB-wire server listening on {}{}", connectionString(),
                dataFile == null ? " (in memory)" : ", data in " + dataFile);
    }

    /** Commits the MVStore after every command that changed it, before the answer goes back to the client. */
    private static final class CommittingH2Backend extends H2Backend {

        CommittingH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
            return KeyOrderedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                if (getMvStore().hasUnsavedChanges()) {
                    commit();
                }
            }
        }
    }

    private static Path prepare(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
