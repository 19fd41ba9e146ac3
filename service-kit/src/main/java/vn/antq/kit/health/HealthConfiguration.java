package vn.antq.kit.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Boot's MongoDB health indicator (same name, so Boot steps back) with {@link MongoPingHealthIndicator},
 * and keeps health details for operators ({@link HealthDetailsForOperators}).
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class HealthConfiguration {

    /** Public health shows statuses only; details need a token with OPS or ADMIN. */
    @Bean
    static HealthEndpointGroupsPostProcessor healthDetailsForOperators() {
        return new HealthDetailsForOperators();
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("mongo")
    @ConditionalOnBean(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
