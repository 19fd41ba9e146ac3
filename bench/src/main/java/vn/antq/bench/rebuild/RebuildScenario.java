package vn.antq.bench.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;

import tools.jackson.databind.JsonNode;
import vn.antq.bench.BenchOptions;
import vn.antq.bench.support.Activities;
import vn.antq.bench.support.EventPublisher;
import vn.antq.bench.support.Http;
import vn.antq.bench.support.Machine;
import vn.antq.bench.support.Numbers;
import vn.antq.bench.support.Platform;
import vn.antq.bench.support.ProjectionProgress;
import vn.antq.bench.support.Result;
import vn.antq.bench.support.Table;
import vn.antq.bench.support.Tokens;
import vn.antq.contracts.Topics;

/**
 * Scenario 5: N events are pre-loaded and applied by the live consumer (timed too, at this size); then a rebuild
 * ({@code POST /api/v1/analytics/rebuild}, ADMIN) replays all of them into a fresh generation and switches to it,
 * followed through {@code GET /api/v1/analytics/rebuild/{id}}. The answers before and after must be the same.
 */
public final class RebuildScenario {

    private static final String REBUILD = "/api/v1/analytics/rebuild";
    private static final String TOTALS = "/api/v1/analytics/participation?groupBy=agency,year";

    private RebuildScenario() {
    }

    public static Result run(BenchOptions options) throws Exception {
        options.requireKnown(Set.of("n", "order", "live"));
        int n = options.integer("n", 50_000, 1_000_000);
        boolean chronological = switch (options.values().getOrDefault("order", "random")) {
            case "random" -> false;
            case "chronological" -> true;
            default -> throw new IllegalArgumentException("--order is random or chronological");
        };
        boolean live = switch (options.values().getOrDefault("live", "apply")) {
            case "apply" -> true;
            case "skip" -> false;
            default -> throw new IllegalArgumentException("--live is apply or skip");
        };
        Result result = new Result(5, "rebuild", "Rebuild: replaying every event into fresh projections");
        result.parameter("events", n).parameter("order", chronological ? "chronological" : "random").parameter("live", live ? "apply" : "skip").parameter("mongo", options.mongoDescription()).parameter("kafka", options.kafkaDescription());
        try (Platform platform = Platform.start(options.servers())) {
            Http api = new Http(platform.startAnalytics(false, options.serviceOverrides()));
            result.parameter("rebuildBatchSize", platform.analyticsProperty("antq.analytics.rebuild-batch-size"));
            Activities activities = new Activities(Activities.KON_TUM, 5);
            if (chronological) {
                activities.sweep(n);
            }
            try (EventPublisher publisher = new EventPublisher(platform.bootstrapServers())) {
                for (int i = 0; i < n; i++) {
                    publisher.publish(activities.next().event("bench-rebuild-" + i));
                }
            }
            Map<TopicPartition, Long> ends = platform.endOffsets(Topics.ACTIVITY);

            long liveNanos = 0;
            String before;
            if (live) {
                Machine.Sample applying = Machine.sample();
                Instant started = Instant.now();
                platform.startProjections();
                Instant applied = new ProjectionProgress(platform.database(Platform.ANALYTICS_DATABASE))
                        .awaitApplied(ends, Duration.ofSeconds(Math.max(600, n / 50)));
                liveNanos = Duration.between(started, applied).toNanos();
                result.phase("live consumer", applying);
                before = api.get(TOTALS, Tokens.ops()).json().path("rows").toString();
            } else {
                // Only published: the projections are empty and stay so, the live consumer is not started (it would
                // apply every event from offset 0 into both generations while the rebuild runs).
                before = null;
            }
            Machine.Sample rebuilding = Machine.sample();
            String admin = Tokens.admin();
            Http.Reply reply = api.postJson(REBUILD, admin, null);
            if (reply.status() != 202) {
                throw new IllegalStateException("POST " + REBUILD + " answered " + reply.status() + ": " + reply.body());
            }
            String id = reply.json().path("id").asString();
            JsonNode rebuild = reply.json();
            long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(600, n / 50)).toNanos();
            while (!"DONE".equals(rebuild.path("state").asString())) {
                if ("FAILED".equals(rebuild.path("state").asString()) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The rebuild did not finish: " + rebuild);
                }
                ProjectionProgress.sleep(Duration.ofMillis(250));
                rebuild = api.get(REBUILD + "/" + id, admin).json();
            }
            result.phase("rebuild", rebuilding);
            long replayNanos = between(rebuild, "startedAt", "caughtUpAt");
            long totalNanos = between(rebuild, "startedAt", "finishedAt");
            long read = rebuild.path("recordsRead").asLong();

            JsonNode afterRows = api.get(TOTALS, Tokens.ops()).json().path("rows");
            String after = afterRows.toString();
            long counted = 0;
            for (JsonNode row : afterRows) {
                counted += row.path("activities").asLong();
            }
            // Every event is a distinct activity, recorded: without the live figures to compare, they are counted.
            boolean same = live ? before.equals(after) : counted == n;
            Table table = result.table("Applying and replaying " + String.format("%,d", n) + " activity events", "what",
                    "records", "seconds", "records/s");
            if (live) {
                table.row("live consumer (3 partitions, 3 threads)", (long) n, seconds(liveNanos),
                        Numbers.perSecond(n, liveNanos));
                result.figure("liveEventsPerSecond", Numbers.perSecond(n, liveNanos));
            }
            table.row("rebuild: read, fold and write until caught up", read, seconds(replayNanos),
                            Numbers.perSecond(read, replayNanos))
                    .row("rebuild: until switched, old generation dropped", read, seconds(totalNanos),
                            Numbers.perSecond(read, totalNanos));
            result.figure("rebuildSeconds", seconds(totalNanos))
                    .figure("replayRecordsPerSecond", Numbers.perSecond(read, replayNanos))
                    .figure("answersUnchanged", same);
            result.note(live ? "participation by agency and year " + (same ? "is the same" : "DIFFERS") + " before and after"
                    : "live figures skipped: participation by agency and year counts " + counted + " activities of " + n
                            + " events" + (same ? "" : ": WRONG"));
            if (!same || read != n) {
                throw new IllegalStateException("After the rebuild: " + read + " records read of " + n
                        + ", answers " + (same ? "same" : "different:\n" + before + "\n" + after));
            }
        }
        return result;
    }

    private static long between(JsonNode rebuild, String from, String to) {
        return Duration.between(OffsetDateTime.parse(rebuild.path(from).asString()),
                OffsetDateTime.parse(rebuild.path(to).asString())).toNanos();
    }

    private static double seconds(long nanos) {
        return Numbers.round(nanos / 1e9, 2);
    }
}
