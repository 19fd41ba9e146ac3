package vn.antq.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring application context at the infrastructure the {@link TestInfrastructure} switch chose. Use it
 * through {@link WithTestInfrastructure}.
 */
public class TestInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        InfrastructureProperties.apply(context, TestInfrastructure.kafkaBootstrapServers(),
                TestInfrastructure.mongoConnectionString());
    }

}
