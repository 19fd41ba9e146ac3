package vn.antq.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antq.analytics.*}, documented with their defaults in {@code analytics-service.yml}.
 *
 * @param paperOnlyMonths      a model without a report period ending in this many months before the as-of date
 *                             is flagged PAPER_ONLY (hoạt động hình thức)
 * @param retryInitialInterval first wait before a failed batch is tried again
 * @param retryMaxInterval     the longest wait between tries; a batch is retried until it succeeds
 * @param rebuildBatchSize     aggregates per batch of those a rebuild's replay applies by the protocol
 */
@ConfigurationProperties("antq.analytics")
public record AnalyticsProperties(
        @DefaultValue("6") int paperOnlyMonths,
        @DefaultValue("200ms") Duration retryInitialInterval,
        @DefaultValue("30s") Duration retryMaxInterval,
        @DefaultValue("2000") int rebuildBatchSize) {

    public AnalyticsProperties {
        if (paperOnlyMonths < 1) {
            throw new IllegalArgumentException("antq.analytics.paper-only-months must be at least 1");
        }
    }
}
