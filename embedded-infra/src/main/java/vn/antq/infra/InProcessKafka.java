package vn.antq.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node), running in
 * this JVM with Kafka's own server classes. The data directory is formatted once and reused, so a
 * broker stopped and started again on the same directory keeps its topics, offsets and groups.
 */
public final class InProcessKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessKafka.class);
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final int defaultPartitions;
    private final boolean temporary;
    private KafkaRaftServer server;

    private InProcessKafka(Path dataDir, boolean temporary, int port, int controllerPort, int defaultPartitions) {
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
        this.defaultPartitions = defaultPartitions;
    }

    /**
     * Starts a broker.
     *
     * @param dataDir where the log segments and metadata live; {@code null} for a temporary directory
     * @param port the client port; 0 for a free one
     */
    public static InProcessKafka start(Path dataDir, int port) {
        return start(dataDir, port, 3);
    }

    public static InProcessKafka start(Path dataDir, int port, int defaultPartitions) {
        Path dir = dataDir != null ? dataDir : Directories.temporary("antq-kafka");
        List<Integer> free = FreePorts.next(2);
        int clientPort = port != 0 ? port : free.get(0);
        int controllerPort = free.get(0) != clientPort ? free.get(0) : free.get(1);
        InProcessKafka kafka = new InProcessKafka(dir, dataDir == null, clientPort, controllerPort, defaultPartitions);
        kafka.startServer();
        return kafka;
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker, keeping its data; {@link #restart()} brings it back on the same port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka broker on port {} stopped", port);
    }

    public synchronized void restart() {
        stop();
        startServer();
    }

    /**
     * Stops the broker; a temporary data directory is deleted only now, after the broker is down
     * (deleting it under a running broker makes Kafka halt the JVM).
     */
    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(dataDir);
        }
    }

    private synchronized void startServer() {
        Path logDir = dataDir.resolve("kafka-logs");
        KafkaConfig config = KafkaConfig.fromProps(serverProperties(logDir), false);
        formatOnce(logDir);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        log.info("Kafka broker (KRaft) listening on {}, data in {}", bootstrapServers(), logDir);
    }

    private Properties serverProperties(Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(defaultPartitions));
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics keep their full history: analytics rebuilds its projections from offset 0.
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        return p;
    }

    private void formatOnce(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(NODE_ID)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(Set.of(logDir.toString()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setScramArguments(List.of())
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDir, e);
        }
    }
}
