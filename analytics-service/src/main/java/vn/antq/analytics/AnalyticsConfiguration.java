package vn.antq.analytics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoDatabase;

import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventJson;

/** The pieces every feature of the service shares. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    /** The service's database ({@code spring.mongodb.database}); projections use the driver directly for bulk writes. */
    @Bean
    MongoDatabase analyticsDatabase(MongoTemplate mongo) {
        return mongo.getDb();
    }

    /** Compiles every event schema once; thread-safe. */
    @Bean
    ContractSchemas contractSchemas() {
        return new ContractSchemas();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }
}
