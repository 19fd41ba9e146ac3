package vn.antq.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring application context at the {@link ContainerInfrastructure}. */
public class ContainerInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        InfrastructureProperties.apply(context,
                ContainerInfrastructure.kafka().getBootstrapServers(),
                ContainerInfrastructure.mongo().getConnectionString());
    }
}
