package vn.antq.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring application context at the {@link EmbeddedInfrastructure}. Use it through
 * {@link WithEmbeddedInfrastructure}.
 */
public class EmbeddedInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        InfrastructureProperties.apply(context,
                EmbeddedInfrastructure.kafka().bootstrapServers(),
                EmbeddedInfrastructure.mongo().connectionString());
    }

}
