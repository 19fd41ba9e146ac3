package vn.antq.analytics.rebuild;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.kit.reference.VietnamTime;

/**
 * A rebuild and how far it is: its fields appear as the rebuild reaches them (the partitions and counts once it
 * replays, {@code caughtUpAt} once it switches, {@code finishedAt} at the end, {@code error} if it failed); dates in
 * Vietnam time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildStatus(String id,
        @Schema(description = "STARTING, REPLAYING, SWITCHING, DONE or FAILED") String state, Integer generation,
        Integer previousGeneration, String requestedBy, String startedAt, List<Partition> partitions, Long recordsTotal,
        Long recordsRead, Long applied, Long skipped, Long poison, String caughtUpAt, String error, String finishedAt,
        @Schema(description = "recordsRead / recordsTotal, from 0 to 1") Double progress) {

    /** Where the replay of one partition is, up to the end offset taken at the start. */
    @Schema(name = "RebuildPartition")
    public record Partition(String topic, int partition, long endOffset, long position) {
    }

    static RebuildStatus of(Document rebuild) {
        Long total = number(rebuild.get("recordsTotal"));
        Long read = number(rebuild.get("recordsRead"));
        return new RebuildStatus(rebuild.getString("_id"), rebuild.getString("state"), rebuild.getInteger("generation"),
                rebuild.getInteger("previousGeneration"), rebuild.getString("requestedBy"), date(rebuild.get("startedAt")),
                rebuild.containsKey("partitions") ? rebuild.getList("partitions", Document.class).stream()
                        .map(partition -> new Partition(partition.getString("topic"), partition.getInteger("partition"),
                                number(partition.get("endOffset")), number(partition.get("position")))).toList() : null,
                total, read, number(rebuild.get("applied")), number(rebuild.get("skipped")), number(rebuild.get("poison")),
                date(rebuild.get("caughtUpAt")), rebuild.getString("error"), date(rebuild.get("finishedAt")),
                total == null || read == null ? null : total == 0 ? 1.0 : Math.min(1.0, read.doubleValue() / total));
    }

    private static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static String date(Object value) {
        return value instanceof Date date ? OffsetDateTime.ofInstant(date.toInstant(), VietnamTime.ZONE).toString() : null;
    }
}
