package vn.antq.kit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox: the relay that publishes what stores put in their documents ({@link OutboxDocuments}),
 * its metrics and health, Kafka's health, and the audit trail endpoint. Configured by
 * {@code antq.outbox.*} ({@link OutboxProperties}) and {@code spring.kafka.*}.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafka, OutboxProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, kafka.buildProducerProperties(), properties,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    public EventHistory eventHistory(MongoTemplate mongo, OutboxProperties properties) {
        return new EventHistory(mongo, properties.getCollections());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public EventHistoryController eventHistoryController(EventHistory history) {
        return new EventHistoryController(history);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {

        /** Named so that it shows as {@code kafka} in {@code /actuator/health}. */
        @Bean
        @ConditionalOnEnabledHealthIndicator("kafka")
        KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
            return new KafkaHealthIndicator(kafka.buildAdminProperties());
        }

        /** Shows as {@code outbox}. */
        @Bean
        @ConditionalOnEnabledHealthIndicator("outbox")
        OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay) {
            return new OutboxHealthIndicator(relay);
        }
    }
}
