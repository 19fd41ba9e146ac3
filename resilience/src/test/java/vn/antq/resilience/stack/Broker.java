package vn.antq.resilience.stack;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kafka broker process of the platform: one port and one data directory for its whole life, across kills. */
public final class Broker {

    private static final Logger log = LoggerFactory.getLogger(Broker.class);

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private ChildJvm jvm;

    Broker(Path dataDir, Path logFile, int port) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized void start() {
        if (jvm != null && jvm.isAlive()) {
            return;
        }
        long started = System.nanoTime();
        jvm = ChildJvm.start("kafka", BrokerMain.class.getName(),
                List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of(dataDir.toString(), String.valueOf(port)), logFile);
        awaitServing(Duration.ofMinutes(2));
        log.info("Kafka broker {} serving on {} after {} ms", jvm, bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
    }

    /** SIGKILL: no controlled shutdown, the log is recovered at the next start. */
    /**
     * Creates the platform's topics as production's {@code docker-compose.yml} does: six partitions, so that a second
     * analytics instance (three consumer threads each) takes over half of them when it joins.
     */
    void createTopics(List<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, partitions, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the topics " + topics, e);
        }
    }

    public synchronized void kill() {
        if (jvm != null) {
            jvm.kill();
            log.info("Kafka broker killed: {}", jvm);
        }
    }

    public synchronized void stop() {
        if (jvm != null) {
            jvm.stop();
        }
    }

    public synchronized boolean isRunning() {
        return jvm != null && jvm.isAlive();
    }

    private void awaitServing(Duration timeout) {
        await("the Kafka broker on " + bootstrapServers() + " (log: " + logFile + ")")
                .atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .failFast("the broker process exited", () -> !jvm.isAlive())
                .until(this::serving);
    }

    private boolean serving() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            admin.listTopics().names().get(3, TimeUnit.SECONDS);
            return true;
        }
    }
}
