package vn.antq.identity;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import vn.antq.testsupport.TestInfrastructure;

/**
 * Points identity-service at the test JVM's in-process MongoDB-wire server, and its account events at the in-process
 * Kafka broker.
 */
public class InProcessMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("antq-test-mongo",
                Map.of("spring.mongodb.uri", TestInfrastructure.mongoConnectionString(),
                        "spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())));
    }
}
