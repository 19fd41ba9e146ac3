package vn.antq.analytics.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import vn.antq.analytics.AnalyticsProperties;
import vn.antq.analytics.projection.Projector;
import vn.antq.contracts.Topics;

/**
 * The Kafka side: the batch consumer function {@code project} (bound in {@code analytics-service.yml}), the
 * dead-letter topics, and the retry of failed batches.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

    @Bean
    Consumer<Message<List<byte[]>>> project(EventDecoder decoder, DeadLetters deadLetters, Projector projector,
            MeterRegistry meters) {
        return new ProjectionConsumer(decoder, deadLetters, projector, meters);
    }

    /**
     * The binding's error handler ({@code error-handler-definition}): rethrowing hands the failure back to the
     * listener container, whose error handler retries the batch, instead of the default of logging it and moving on.
     */
    @Bean
    Consumer<ErrorMessage> projectionFailed() {
        return error -> {
            Throwable failure = error.getPayload();
            log.warn("A batch failed and will be retried: {}", rootCause(failure).toString());
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new MessagingException("A batch failed", failure);
        };
    }

    /**
     * Retries a failed batch with exponential backoff, indefinitely and for every kind of failure: poison records
     * never reach this point (they are dead-lettered first), so what is left is the database or the broker being
     * away, and skipping would lose events. The container keeps polling while it waits, so the consumer keeps its
     * partitions.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryFailedBatches(AnalyticsProperties properties) {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
            backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
            DefaultErrorHandler errorHandler = new DefaultErrorHandler(backOff);
            errorHandler.setClassifications(Map.of(), true);
            container.setCommonErrorHandler(errorHandler);
        };
    }

    @Bean(destroyMethod = "close")
    DeadLetters deadLetters(KafkaProperties kafka) {
        return new DeadLetters(kafka.buildProducerProperties());
    }

    /** The dead-letter topics, created at start-up if missing (with the broker's default replication). */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics() {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream().map(IngestConfiguration::deadLetterTopic)
                .toArray(NewTopic[]::new));
    }

    private static NewTopic deadLetterTopic(String topic) {
        return TopicBuilder.name(Topics.dlt(topic)).partitions(3).build();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
