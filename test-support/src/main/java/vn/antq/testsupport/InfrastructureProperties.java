package vn.antq.testsupport;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The Spring properties that connect a service to a Kafka broker and a MongoDB server. */
final class InfrastructureProperties {

    private InfrastructureProperties() {
    }

    static void apply(ConfigurableApplicationContext context, String kafkaBootstrap, String mongoUri) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("antq-test-infrastructure",
                Map.of(
                        "spring.kafka.bootstrap-servers", kafkaBootstrap,
                        "spring.cloud.stream.kafka.binder.brokers", kafkaBootstrap,
                        "spring.mongodb.uri", mongoUri)));
    }
}
