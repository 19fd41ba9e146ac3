package vn.antq.analytics.reviewreport.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antq.analytics.delivery.*}, documented with their defaults in {@code analytics-service.yml}. The mail server
 * itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} nothing is planned or sent.
 *
 * @param interval             how often the planner and sender run (fixed delay between runs)
 * @param initialDelay         the wait after start before the first run
 * @param from                 the sender's address ({@code From})
 * @param maxAttempts          tries of one delivery before it is FAILED
 * @param retryInitialInterval wait after the first failed try; doubled after each further one
 * @param retryMaxInterval     the longest wait between tries
 * @param lease                how long a sender holds a delivery it is sending; a delivery still SENDING after it is
 *                             UNCERTAIN (its sender stopped mid-send) and waits for a person to ask for a resend
 */
@ConfigurationProperties("antq.analytics.delivery")
public record DeliveryProperties(
        @DefaultValue("5m") Duration interval,
        @DefaultValue("1m") Duration initialDelay,
        @DefaultValue("bao-cao@antq.invalid") String from,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("5m") Duration retryInitialInterval,
        @DefaultValue("6h") Duration retryMaxInterval,
        @DefaultValue("15m") Duration lease) {

    public DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("antq.analytics.delivery.max-attempts must be at least 1");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("antq.analytics.delivery.lease must be positive");
        }
    }

    /** The wait before try {@code attempts + 1}, after {@code attempts} failed ones: initial, 2x, 4x, ... up to the max. */
    Duration backoff(int attempts) {
        Duration wait = retryInitialInterval;
        for (int i = 1; i < attempts && wait.compareTo(retryMaxInterval) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMaxInterval) > 0 ? retryMaxInterval : wait;
    }
}
