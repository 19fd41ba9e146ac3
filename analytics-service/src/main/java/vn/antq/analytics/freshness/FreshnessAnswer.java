package vn.antq.analytics.freshness;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /freshness}: per topic and partition, the last offset applied, the consumer lag and the time of the last
 * event applied; the lags are null when Kafka did not answer.
 */
public record FreshnessAnswer(List<Topic> topics, @Schema(description = "null when Kafka did not answer") Long lag,
        String lastEventTime, int generation, boolean rebuilding,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    @Schema(name = "FreshnessTopic")
    public record Topic(String topic, Long lag, String lastEventTime, List<Partition> partitions) {
    }

    @Schema(name = "FreshnessPartition")
    public record Partition(int partition, Long appliedOffset, Long endOffset, Long lag, String lastEventTime,
            String appliedAt) {
    }
}
