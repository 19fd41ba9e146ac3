package vn.antq.testsupport;

import java.util.Locale;
import java.util.Optional;

import org.testcontainers.DockerClientFactory;

/**
 * The Kafka broker and MongoDB server the integration tests run against, chosen by one switch: the system property
 * {@value #SWITCH} or the environment variable {@code ANTQ_TEST_INFRASTRUCTURE}.
 * <ul>
 * <li>{@code embedded} (the default): the in-process broker and MongoDB-wire server of {@link EmbeddedInfrastructure};
 * </li>
 * <li>{@code containers}: real MongoDB (a one-member replica set) and Apache Kafka in containers
 * ({@link ContainerInfrastructure}); where no Docker engine answers, every test class that needs them is skipped,
 * saying so;</li>
 * <li>{@code external}: servers that are already running, at {@value #MONGO_URI} ({@code ANTQ_TEST_MONGO_URI}) and
 * {@value #KAFKA_BOOTSTRAP} ({@code ANTQ_TEST_KAFKA_BOOTSTRAP}); without both, the same visible skip.</li>
 * </ul>
 * Tests share whatever runs: they keep out of each other's way with their own ids, topics and database names.
 */
public final class TestInfrastructure {

    public static final String SWITCH = "antq.test.infrastructure";
    public static final String MONGO_URI = "antq.test.mongo-uri";
    public static final String KAFKA_BOOTSTRAP = "antq.test.kafka-bootstrap";

    /** Where the tests' Kafka and MongoDB come from. */
    public enum Kind {
        EMBEDDED, CONTAINERS, EXTERNAL
    }

    private TestInfrastructure() {
    }

    public static Kind kind() {
        String chosen = setting(SWITCH);
        if (chosen == null || chosen.isBlank()) {
            return Kind.EMBEDDED;
        }
        try {
            return Kind.valueOf(chosen.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SWITCH + "=" + chosen + ": expected embedded, containers or external", e);
        }
    }

    public static String kafkaBootstrapServers() {
        return switch (kind()) {
            case EMBEDDED -> EmbeddedInfrastructure.kafka().bootstrapServers();
            case CONTAINERS -> ContainerInfrastructure.kafka().getBootstrapServers();
            case EXTERNAL -> required(KAFKA_BOOTSTRAP);
        };
    }

    public static String mongoConnectionString() {
        return switch (kind()) {
            case EMBEDDED -> EmbeddedInfrastructure.mongo().connectionString();
            case CONTAINERS -> ContainerInfrastructure.mongo().getConnectionString();
            case EXTERNAL -> required(MONGO_URI);
        };
    }

    /** Why the chosen infrastructure cannot be had here, if it cannot: then the tests that need it are skipped. */
    static Optional<String> unavailable() {
        return switch (kind()) {
            case EMBEDDED -> Optional.empty();
            case CONTAINERS -> DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
                    : Optional.of(SWITCH + "=containers, and no Docker engine answers here");
            case EXTERNAL -> setting(MONGO_URI) == null || setting(KAFKA_BOOTSTRAP) == null
                    ? Optional.of(SWITCH + "=external needs " + MONGO_URI + " and " + KAFKA_BOOTSTRAP
                            + " (or ANTQ_TEST_MONGO_URI and ANTQ_TEST_KAFKA_BOOTSTRAP)")
                    : Optional.empty();
        };
    }

    /** A system property, else the environment variable of the same name in capitals with underscores. */
    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(String property) {
        String value = setting(property);
        if (value == null) {
            throw new IllegalStateException(unavailable().orElse(property + " is not set"));
        }
        return value;
    }
}
