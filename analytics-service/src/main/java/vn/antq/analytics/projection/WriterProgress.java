package vn.antq.analytics.projection;

import java.time.Instant;

/**
 * A writer's progress after a batch: every record of its partition up to {@code offset} has been applied, cells
 * included. Ledger entries written at or below it are settled.
 *
 * @param kind           {@code live} for the consumer, {@code rebuild} for a replay
 * @param lastEventTime  the newest {@code occurredAt} among the batch's events; null when it had none
 */
public record WriterProgress(String writer, String kind, String topic, int partition, long offset, Instant lastEventTime) {

    public static final String LIVE = "live";
    public static final String REBUILD = "rebuild";

    /** The live consumer's writer id of a partition: {@code antq.activity.v1:2}. */
    public static String liveWriter(String topic, int partition) {
        return topic + ":" + partition;
    }

    public static String replayWriter(String rebuildId, String topic, int partition) {
        return "rebuild:" + rebuildId + ":" + topic + ":" + partition;
    }

    /** The writer a rebuild's replay writes the generation as (see {@code Projector#loadReplay}). */
    public static String replayWriter(String rebuildId) {
        return "rebuild:" + rebuildId;
    }
}
