package vn.antq.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * run, and the services it needs, each its own Spring application configured by its own {@code <service>.yml} as in
 * the local stack (only the addresses and this run's public key for verifying tokens, {@link RunKey}, are given on the command line).
 */
public final class Platform implements AutoCloseable {

    /** The name of analytics-service's consumer binding (analytics-service.yml). */
    public static final String PROJECTION_BINDING = "project-in-0";
    public static final String ANALYTICS_DATABASE = "antq_analytics";
    /** Every topic analytics consumes, created as production creates them. */
    public static final List<String> TOPICS = List.of(Topics.ACTIVITY, Topics.MODEL, Topics.AWARD, Topics.USER,
            Topics.PERIOD, Topics.OUTCOME);
    public static final int PARTITIONS = 3;

    private final InProcessKafka kafka;
    private final InProcessMongo mongo;
    private final Path mongoDir;
    private final MongoClient client;
    private final Admin admin;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private ConfigurableApplicationContext analytics;

    private Platform(InProcessKafka kafka, InProcessMongo mongo, Path mongoDir) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoDir = mongoDir;
        this.client = MongoClients.create(mongo.connectionString());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    /** Kafka (temporary data directory) and MongoDB (memory, or an H2 file in a temporary directory). */
    public static Platform start(boolean mongoInFile) {
        InProcessKafka kafka = InProcessKafka.start(null, 0, PARTITIONS);
        Path mongoDir = mongoInFile ? temporaryDirectory() : null;
        InProcessMongo mongo = InProcessMongo.start(mongoDir, 0);
        Platform platform = new Platform(kafka, mongo, mongoDir);
        platform.createTopics();
        return platform;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("antq-bench-mongo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
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
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.connectionString(),
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
        kafka.close();
        mongo.close();
        if (mongoDir != null) {
            Directories.deleteRecursively(mongoDir);
        }
    }
}
