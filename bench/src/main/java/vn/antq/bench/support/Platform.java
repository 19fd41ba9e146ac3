package vn.antq.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.AnalyticsServiceApplication;
import vn.antq.contracts.Topics;
import vn.antq.activities.EventServiceApplication;
import vn.antq.infra.Directories;
import vn.antq.infra.InProcessKafka;
import vn.antq.infra.InProcessMongo;

/**
 * The platform as a benchmark runs it: a real Kafka broker and a MongoDB-wire server in this JVM, fresh for every
 * run (or the servers {@code --kafka} and {@code --mongo} name, emptied of the bench's databases and topics first),
 * and the services it needs, each its own Spring application configured by its own {@code <service>.yml} as in
 * the local stack (only the addresses and this run's public key for verifying tokens, {@link RunKey}, are given on the command line).
 */
public final class Platform implements AutoCloseable {

    /** The name of analytics-service's consumer binding (analytics-service.yml). */
    public static final String PROJECTION_BINDING = "project-in-0";
    public static final String ANALYTICS_DATABASE = "antq_analytics";
    /** Every topic analytics consumes, created as production creates them. */
    public static final List<String> TOPICS = Topics.ALL;
    public static final int PARTITIONS = 3;

    /** Null when the run stands on a Kafka cluster it was given. */
    private final InProcessKafka kafka;
    /** Null when the run stands on a MongoDB server it was given. */
    private final InProcessMongo mongo;
    private final String bootstrapServers;
    private final String mongoUri;
    private final Path mongoDir;
    private final MongoClient client;
    private final Admin admin;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private ConfigurableApplicationContext analytics;

    private Platform(InProcessKafka kafka, String bootstrapServers, InProcessMongo mongo, String mongoUri, Path mongoDir) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.bootstrapServers = bootstrapServers;
        this.mongoUri = mongoUri;
        this.mongoDir = mongoDir;
        this.client = MongoClients.create(mongoUri);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Kafka (in-process with a temporary data directory, or the cluster {@code --kafka} names) and MongoDB (in-process
     * in memory or an H2 file in a temporary directory, or the server {@code --mongo} names). A server given is
     * emptied of what an earlier run left: the databases named antq_* and bench_*, the platform's topics.
     */
    public static Platform start(Servers servers) {
        InProcessKafka kafka = servers.kafkaBootstrap().isPresent() ? null : InProcessKafka.start(null, 0, PARTITIONS);
        Path mongoDir = servers.mongoInFile() ? temporaryDirectory() : null;
        InProcessMongo mongo = servers.mongoUri().isPresent() ? null : InProcessMongo.start(mongoDir, 0);
        Platform platform = new Platform(kafka, servers.kafkaBootstrap().orElseGet(() -> kafka.bootstrapServers()),
                mongo, servers.mongoUri().orElseGet(() -> mongo.connectionString()), mongoDir);
        if (mongo == null) {
            platform.dropBenchDatabases();
        }
        if (kafka == null) {
            platform.deleteTopics();
        }
        platform.createTopics();
        return platform;
    }

    /**
     * What a run stands on: the in-process MongoDB-wire server in memory or in a file, or a MongoDB server's URI; the
     * in-process Kafka broker, or a cluster's bootstrap servers.
     */
    public record Servers(boolean mongoInFile, Optional<String> mongoUri, Optional<String> kafkaBootstrap) {
    }

    private void dropBenchDatabases() {
        for (String name : client.listDatabaseNames()) {
            if (name.startsWith("antq_") || name.startsWith("bench_")) {
                client.getDatabase(name).drop();
            }
        }
    }

    /** Deletes the platform's topics and waits until the cluster no longer lists them, so that they start empty. */
    private void deleteTopics() {
        try {
            List<String> present = admin.listTopics().names().get().stream().filter(TOPICS::contains).toList();
            if (present.isEmpty()) {
                return;
            }
            admin.deleteTopics(present).all().get();
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (admin.listTopics().names().get().stream().anyMatch(TOPICS::contains)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The cluster still lists the deleted topics after a minute");
                }
                Thread.sleep(200);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot delete the topics of an earlier run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("antq-bench-mongo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    public MongoClient mongoClient() {
        return client;
    }

    public URI startEventService(String... more) {
        return start(EventServiceApplication.application(), more);
    }

    /**
     * Starts analytics-service; with {@code consuming} false its projection consumer stays stopped until
     * {@link #startProjections()}, so that a measurement starts with the service already up.
     */
    public URI startAnalytics(boolean consuming, String... more) {
        List<String> args = new ArrayList<>(List.of(more));
        args.add("--spring.cloud.stream.bindings." + PROJECTION_BINDING + ".consumer.auto-startup=" + consuming);
        URI uri = start(AnalyticsServiceApplication.application(), args.toArray(String[]::new));
        analytics = services.get(services.size() - 1);
        return uri;
    }

    /** A bean of the running analytics-service (its metrics, say). */
    public <T> T analyticsBean(Class<T> type) {
        return analytics.getBean(type);
    }

    /** A property of the running analytics-service, as its configuration resolved it. */
    public String analyticsProperty(String name) {
        return analytics.getEnvironment().getProperty(name);
    }

    public void startProjections() {
        analytics.getBean(BindingsLifecycleController.class).start(PROJECTION_BINDING);
    }

    /** The consumer keeps its partitions but polls no records until {@link #resumeProjections()}. */
    public void pauseProjections() {
        analytics.getBean(BindingsLifecycleController.class).pause(PROJECTION_BINDING);
    }

    public void resumeProjections() {
        analytics.getBean(BindingsLifecycleController.class).resume(PROJECTION_BINDING);
    }

    private URI start(SpringApplicationBuilder application, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.mongodb.uri=" + mongoUri,
                "--logging.include-application-name=false",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false"));
        args.addAll(RunKey.serviceArguments());
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = application.registerShutdownHook(false).run(args.toArray(String[]::new));
        services.add(context);
        return URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** The three topics with their partitions, as production's compose file creates them. */
    private void createTopics() {
        try {
            admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList()).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create the topics", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The end offset (next offset to be written) of each partition of a topic. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        try {
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long recordsOn(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (RuntimeException e) {
                System.err.println("A service did not close cleanly: " + e.getMessage());
            }
        }
        admin.close();
        client.close();
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (mongoDir != null) {
            Directories.deleteRecursively(mongoDir);
        }
    }
}
