package vn.antq.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real MongoDB and Apache Kafka in containers, one of each per test JVM, for suites marked
 * {@code @Testcontainers(disabledWithoutDocker = true)}: they run where Docker is available and are
 * reported as skipped where it is not.
 */
public final class ContainerInfrastructure {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    public static final String MONGO_IMAGE = "mongo:8.0";

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    private ContainerInfrastructure() {
    }

    public static synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer(KAFKA_IMAGE);
            kafka.start();
        }
        return kafka;
    }

    public static synchronized MongoDBContainer mongo() {
        if (mongo == null) {
            mongo = new MongoDBContainer(MONGO_IMAGE);
            mongo.start();
        }
        return mongo;
    }
}
