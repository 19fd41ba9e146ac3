package vn.antq.resilience.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.antq.contracts.Topics;
import vn.antq.infra.Directories;
import vn.antq.infra.InProcessMongo;
import vn.antq.resilience.api.Tokens;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * The whole platform the suite works against, started once per test JVM and shared by every test class (each keeps
 * to its own province and ids, so their counts never mix):
 * <ul>
 *   <li>the Kafka broker as its own JVM ({@link Broker}), so that it can be killed outright, with the four topics
 *       created as production creates them (six partitions);</li>
 *   <li>one MongoDB-wire server per service, in this JVM: the recording services' on H2 files, so that a server can
 *       be stopped (every connection dropped, the port closed) and started again on the same data; analytics' in
 *       memory, since its server is never restarted (the analytics process is);</li>
 *   <li>event-, model- and award-service in this JVM, each its own Spring context on its own database;</li>
 *   <li>analytics-service as its own JVM ({@link AnalyticsProcess}), so that it can be killed mid-batch, and a
 *       second instance can join its consumer group;</li>
 *   <li>the run's identity provider, identity-service itself ({@link IdentityService}): every service verifies
 *       tokens by its JWK set, fetched over HTTP, and requires its issuer; the access matrix's callers sign in through
 *       it, and the suite's other tokens are signed RS256 with its key.</li>
 * </ul>
 * Everything listens on localhost only; data and logs live under {@code target/resilience-run/}.
 */
public final class Platform {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    private static Platform shared;

    private final Path runDir;
    private final IdentityService identity;
    private final Tokens tokens;
    private final Broker broker;
    private final Map<Kind, InProcessMongo> databases = new EnumMap<>(Kind.class);
    private final Map<Kind, RecordingService> services = new EnumMap<>(Kind.class);
    private final List<AnalyticsProcess> analyticsInstances = new ArrayList<>();
    private final Map<Kind, MongoClient> readers = new EnumMap<>(Kind.class);
    private InProcessMongo analyticsDatabase;
    private AnalyticsProcess analytics;
    private MongoClient analyticsReader;

    private Platform(Path runDir) {
        this.runDir = runDir;
        this.broker = new Broker(runDir.resolve("data/kafka"), runDir.resolve("logs/kafka.log"), freePort());
        // It publishes its account events to the broker, which it waits for (they stay in its outbox until then).
        this.identity = new IdentityService(freePort(), broker.bootstrapServers());
        this.tokens = new Tokens(identity.tokens());
    }

    /** The platform of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized Platform shared() {
        if (shared == null) {
            Platform platform = new Platform(prepareRunDir());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "resilience-platform-shutdown"));
            shared = platform;
            platform.start();
        }
        return shared;
    }

    private void start() {
        long started = System.nanoTime();
        broker.start();
        broker.createTopics(Topics.ALL, 6);
        for (Kind kind : Kind.values()) {
            databases.put(kind, InProcessMongo.start(runDir.resolve("data/" + kind.database()), freePort()));
        }
        analyticsDatabase = InProcessMongo.start(null, freePort());
        analytics = newAnalyticsInstance("analytics-1");
        analytics.launch();
        for (Kind kind : Kind.values()) {
            services.put(kind, RecordingService.start(kind, broker.bootstrapServers(), databases.get(kind), identity));
        }
        analytics.awaitReady();
        databases.forEach((kind, database) -> readers.put(kind, MongoClients.create(database.connectionString())));
        analyticsReader = MongoClients.create(analyticsDatabase.connectionString());
        log.info("Platform up in {} s under {}: kafka {}, event-service {}, model-service {}, award-service {}, {} {}",
                String.format("%.1f", (System.nanoTime() - started) / 1e9), runDir.toAbsolutePath(),
                broker.bootstrapServers(), events().http().base(), models().http().base(), awards().http().base(),
                analytics.name(), analytics.http().base());
    }

    /** Another analytics-service instance on the same broker, database and consumer group; not started yet. */
    public synchronized AnalyticsProcess newAnalyticsInstance(String name) {
        AnalyticsProcess instance = new AnalyticsProcess(name, freePort(), broker.bootstrapServers(),
                analyticsDatabase.connectionString(), identity, runDir.resolve("logs/" + name + ".log"));
        analyticsInstances.add(instance);
        return instance;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** The run's identity provider: its JWK set over HTTP, which every service verifies tokens by. */
    public IdentityService identity() {
        return identity;
    }

    public Broker broker() {
        return broker;
    }

    public RecordingService events() {
        return services.get(Kind.EVENTS);
    }

    public RecordingService models() {
        return services.get(Kind.MODELS);
    }

    public RecordingService awards() {
        return services.get(Kind.AWARDS);
    }

    public RecordingService service(Kind kind) {
        return services.get(kind);
    }

    /** The first analytics-service instance: the one the fault scenarios kill and restart. */
    public AnalyticsProcess analytics() {
        return analytics;
    }

    /** A service's database, read directly by the checks (never written). */
    public MongoDatabase database(Kind kind) {
        return readers.get(kind).getDatabase(kind.database());
    }

    /** analytics-service's database ({@code antq_analytics}), read directly by the checks (never written). */
    public MongoDatabase analyticsDatabase() {
        return analyticsReader.getDatabase("antq_analytics");
    }

    public Path logs() {
        return runDir.resolve("logs");
    }

    /** Services first (their relays stop publishing), then analytics, the broker, the databases; logs stay. */
    private synchronized void close() {
        services.values().forEach(service -> quietly(service::close));
        analyticsInstances.forEach(instance -> quietly(instance::stop));
        quietly(broker::stop);
        quietly(identity::close);
        readers.values().forEach(client -> quietly(client::close));
        if (analyticsReader != null) {
            quietly(analyticsReader::close);
        }
        databases.values().forEach(database -> quietly(database::close));
        if (analyticsDatabase != null) {
            quietly(analyticsDatabase::close);
        }
        quietly(() -> Directories.deleteRecursively(runDir.resolve("data")));
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("While stopping the platform: {}", e.toString());
        }
    }

    private static Path prepareRunDir() {
        Path dir = Path.of("target", "resilience-run").toAbsolutePath();
        Directories.deleteRecursively(dir);
        try {
            Files.createDirectories(dir.resolve("logs"));
            Files.createDirectories(dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
