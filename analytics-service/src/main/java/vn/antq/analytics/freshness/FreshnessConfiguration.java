package vn.antq.analytics.freshness;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FreshnessConfiguration {

    @Bean(destroyMethod = "close")
    TopicEnds topicEnds(KafkaProperties kafka) {
        return new TopicEnds(kafka.buildAdminProperties());
    }
}
