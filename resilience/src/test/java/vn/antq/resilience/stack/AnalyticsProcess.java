package vn.antq.resilience.stack;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.antq.analytics.AnalyticsServiceApplication;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;

/**
 * An analytics-service instance as its own JVM ({@code java -cp <class path> AnalyticsServiceApplication}, through
 * {@link ParentWatch}), configured by {@code analytics-service.yml} with the addresses and the JWK set as system
 * properties. One port for its whole life, so that a restarted instance answers where the killed one did.
 */
public final class AnalyticsProcess {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsProcess.class);

    private final String name;
    private final int port;
    private final List<String> properties;
    private final Path logFile;
    private final Http http;
    private ChildJvm jvm;

    AnalyticsProcess(String name, int port, String bootstrapServers, String mongoUri, IdentityService identity, Path logFile) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.properties = List.of(
                "-Dserver.port=" + port,
                "-Dspring.kafka.bootstrap-servers=" + bootstrapServers,
                "-Dspring.mongodb.uri=" + mongoUri,
                "-Dantq.security.jwk-set-uri=" + identity.jwkSetUri(),
                "-Dantq.security.issuer=" + identity.issuer(),
                "-Dspring.main.banner-mode=off");
        this.http = new Http(name, URI.create("http://localhost:" + port));
    }

    public String name() {
        return name;
    }

    public Http http() {
        return http;
    }

    /** Starts the JVM without waiting for it; {@link #awaitReady()} waits. */
    public synchronized void launch() {
        if (jvm != null && jvm.isAlive()) {
            throw new IllegalStateException(name + " is running already: " + jvm);
        }
        List<String> options = new ArrayList<>(List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        options.addAll(properties);
        jvm = ChildJvm.start(name, AnalyticsServiceApplication.class.getName(), options, List.of(), logFile);
        log.info("{} launched: {}", name, jvm);
    }

    /** Until its health answers UP (MongoDB and Kafka reachable, the context started). */
    public void awaitReady() {
        long started = System.nanoTime();
        await(name + " healthy on port " + port + " (log: " + logFile + ")")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast(name + " exited", () -> !jvm.isAlive())
                .until(() -> {
                    Answer health = http.get("/actuator/health", null);
                    return health.status() == 200 && "UP".equals(health.text("status"));
                });
        log.info("{} ready after {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }

    public void start() {
        launch();
        awaitReady();
    }

    /** A process kill: SIGKILL, in the middle of whatever batch it is applying. */
    public synchronized void kill() {
        jvm.kill();
        log.info("{} killed: {}", name, jvm);
    }

    /** A polite stop: it leaves its consumer group and closes its connections. */
    public synchronized void stop() {
        if (jvm != null && jvm.isAlive()) {
            jvm.stop();
            log.info("{} stopped: {}", name, jvm);
        }
    }

    public synchronized boolean isRunning() {
        return jvm != null && jvm.isAlive();
    }
}
