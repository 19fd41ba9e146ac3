package vn.antq.bench.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.antq.bench.BenchOptions;
import vn.antq.bench.support.Activities;
import vn.antq.bench.support.EventPublisher;
import vn.antq.bench.support.Machine;
import vn.antq.bench.support.Numbers;
import vn.antq.bench.support.Platform;
import vn.antq.bench.support.Profile;
import vn.antq.bench.support.ProjectionProgress;
import vn.antq.bench.support.Result;
import vn.antq.bench.support.Table;
import vn.antq.contracts.Topics;

/**
 * Scenario 2: analytics-service applying pre-loaded activity events, against the raw limit ({@link RawBaseline})
 * on the same broker and MongoDB-wire server, in the same JVM.
 * <ol>
 * <li>Warm-up: W events are loaded; the service applies them and the baseline reads them into each of its two
 * databases, so that the JIT, the broker and the server are warm and every database holds the same cells.</li>
 * <li>Rounds: the service's consumer is paused (it keeps its partitions) and N events are loaded; the baseline
 * reads them into its first database; the service is resumed and timed until its own record of progress says the
 * last record is applied; the baseline reads them again into its second database. The service is compared with
 * the mean of the two baseline runs around it, which cancels a drift (a JIT still warming up, a growing heap).
 * The last round, with everything warmest, is the headline; every round is in the table. A third raw run per
 * round creates new cells by inserting them whole, as the service does since that was found to be its first
 * bottleneck: the raw limit for that technique.</li>
 * </ol>
 * With {@code --cell=hot} every event of a round adds to one and the same cell (one agency, commune, month, channel
 * and kind; a cell of its own per round, the warm-up spread as usual): a cell that many activities share, measured
 * the same way, its results in {@code 2-projection-hot-cell[-label].json}.
 */
public final class ProjectionScenario {

    static final String MAX_POLL_RECORDS = "spring.cloud.stream.kafka.bindings." + Platform.PROJECTION_BINDING
            + ".consumer.configuration.max.poll.records";
    private static final double GOAL = 0.70;
    private static final List<String> BASELINES = List.of("bench_baseline_1", "bench_baseline_2");
    /** The raw limit with new cells inserted whole, as the service creates them. */
    private static final String INSERTING = "bench_baseline_inserting";

    private ProjectionScenario() {
    }

    public static Result run(BenchOptions options) throws Exception {
        options.requireKnown(Set.of("n", "warmup", "rounds", "profile", "order", "cell"));
        boolean chronological = switch (options.values().getOrDefault("order", "random")) {
            case "random" -> false;
            case "chronological" -> true;
            default -> throw new IllegalArgumentException("--order is random or chronological");
        };
        boolean hot = switch (options.values().getOrDefault("cell", "spread")) {
            case "spread" -> false;
            case "hot" -> true;
            default -> throw new IllegalArgumentException("--cell is spread or hot");
        };
        if (hot && chronological) {
            throw new IllegalArgumentException("--order=chronological spreads the dates: it does not go with --cell=hot");
        }
        int n = options.integer("n", 30_000, 100_000);
        int warmup = options.integer("warmup", 10_000, 20_000);
        int rounds = options.integer("rounds", 2, 2);
        Result result = hot
                ? new Result(2, "projection-hot-cell", "Projection throughput into one hot cell vs the raw limit")
                : new Result(2, "projection", "Projection throughput vs the raw limit");
        if (options.serviceOverrides().length > 0) {
            result.parameter("serviceSettings", List.of(options.serviceOverrides()));
        }
        result.parameter("eventsPerRound", n).parameter("rounds", rounds).parameter("warmupEvents", warmup)
                .parameter("partitions", Platform.PARTITIONS)
                .parameter("order", chronological ? "chronological" : "random")
                .parameter("cell", hot ? "hot: every event of a round in one cell of its own" : "spread")
                .parameter("mongo", options.mongoDescription()).parameter("kafka", options.kafkaDescription());
        Activities activities = new Activities(Activities.KON_TUM, 2);
        try (Platform platform = Platform.start(options.servers())) {
            platform.startAnalytics(true, options.serviceOverrides());
            int maxPollRecords = Integer.parseInt(platform.analyticsProperty(MAX_POLL_RECORDS));
            result.parameter("maxPollRecords", maxPollRecords);
            ProjectionProgress progress = new ProjectionProgress(platform.database(Platform.ANALYTICS_DATABASE));
            Duration timeout = Duration.ofSeconds(Math.max(600, n / 50));
            Timer batches = platform.analyticsBean(MeterRegistry.class).find("antq.analytics.batches").timer();

            Map<TopicPartition, Long> from = platform.endOffsets(Topics.ACTIVITY);
            if (chronological) {
                activities.sweep(warmup);
            }
            preload(platform, activities::next, "warmup", warmup);
            Map<TopicPartition, Long> to = platform.endOffsets(Topics.ACTIVITY);
            for (String database : BASELINES) {
                baseline(platform, database, maxPollRecords, from, to, null);
            }
            Set<String> insertedCells = ConcurrentHashMap.newKeySet();
            baseline(platform, INSERTING, maxPollRecords, from, to, insertedCells);
            progress.awaitApplied(to, timeout);

            Table table = result.table("Applying " + String.format("%,d", n) + " activity events from 3 partitions"
                    + (hot ? ", all in one cell" : "") + ", per round (after " + String.format("%,d", warmup)
                    + " warm-up events)", "round", "consumer",
                    "events", "cell writes", "seconds", "events/s", "% of baseline");
            Table batchTable = result.table("analytics-service batches", "round", "batches", "events per batch",
                    "mean ms per batch");
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                platform.pauseProjections();
                from = to;
                if (chronological) {
                    activities.sweep(n);
                }
                Supplier<Activities.Activity> roundActivities = activities::next;
                if (hot) {
                    Activities.Cell cell = activities.hotCell(round - 1);
                    roundActivities = () -> activities.next(cell);
                    result.note("round " + round + ": every event in the participation cell " + String.join("|",
                            cell.agency(), cell.commune().code(), cell.month().toString(), cell.kind().channel()
                                    .orElseThrow().name(), cell.kind().name()) + " (agency|commune|month|channel|kind)");
                }
                long preloadNanos = preload(platform, roundActivities, "round" + round, n);
                to = platform.endOffsets(Topics.ACTIVITY);
                if (round == 1) {
                    result.table("Pre-loading the topic (one producer, acks=all, linger 20 ms)", "events", "seconds",
                            "events/s").row((long) n, seconds(preloadNanos), Numbers.perSecond(n, preloadNanos));
                    result.figure("preloadEventsPerSecond", Numbers.perSecond(n, preloadNanos));
                }
                boolean profiled = round == rounds && options.values().containsKey("profile");

                Machine.Sample first = Machine.sample();
                RawBaseline.Run before;
                try (Profile profile = Profile.start(profiled ? options.values().get("profile") + ".baseline.jfr" : null)) {
                    before = baseline(platform, BASELINES.get(0), maxPollRecords, from, to, null);
                }
                result.phase("round " + round + ": baseline before", first);

                long batchCount = batches == null ? 0 : batches.count();
                double batchMillis = batches == null ? 0 : batches.totalTime(TimeUnit.MILLISECONDS);
                Machine.Sample applying = Machine.sample();
                Instant resumed;
                ProjectionProgress.Applied applied;
                try (Profile profile = Profile.start(profiled ? options.values().get("profile") : null)) {
                    resumed = Instant.now();
                    platform.resumeProjections();
                    applied = progress.awaitApplied(from, to, timeout);
                }
                long serviceNanos = Duration.between(resumed, applied.last()).toNanos();
                result.phase("round " + round + ": analytics-service", applying);

                Machine.Sample second = Machine.sample();
                RawBaseline.Run after = baseline(platform, BASELINES.get(1), maxPollRecords, from, to, null);
                result.phase("round " + round + ": baseline after", second);
                Machine.Sample third = Machine.sample();
                RawBaseline.Run inserting = baseline(platform, INSERTING, maxPollRecords, from, to, insertedCells);
                result.phase("round " + round + ": inserting baseline", third);
                double insertingRate = Numbers.perSecond(inserting.records(), inserting.nanos());

                double beforeRate = Numbers.perSecond(before.records(), before.nanos());
                double afterRate = Numbers.perSecond(after.records(), after.nanos());
                double baseline = (beforeRate + afterRate) / 2;
                double service = Numbers.perSecond(n, serviceNanos);
                ratios.add(service / baseline);
                table.row((long) round, "raw baseline before", before.records(), before.cellWrites(),
                        seconds(before.nanos()), beforeRate, 100 * beforeRate / baseline)
                        .row((long) round, "analytics-service", (long) n, "", seconds(serviceNanos), service,
                                100 * service / baseline)
                        .row((long) round, "raw baseline after", after.records(), after.cellWrites(),
                                seconds(after.nanos()), afterRate, 100 * afterRate / baseline)
                        .row((long) round, "raw baseline, new cells inserted", inserting.records(),
                                inserting.cellWrites(), seconds(inserting.nanos()), insertingRate,
                                100 * insertingRate / baseline);
                if (batches != null && batches.count() > batchCount) {
                    long count = batches.count() - batchCount;
                    batchTable.row((long) round, count, (double) n / count,
                            (batches.totalTime(TimeUnit.MILLISECONDS) - batchMillis) / count);
                }
                if (round == rounds) {
                    result.figure("baselineEventsPerSecond", baseline)
                            .figure("serviceEventsPerSecond", service)
                            .figure("ratio", service / baseline)
                            .figure("insertingBaselineEventsPerSecond", insertingRate)
                            .figure("ratioToInsertingBaseline", service / insertingRate)
                            .figure("goalMet", service / baseline >= GOAL)
                            .figure("firstBatchAppliedAfterMs", Duration.between(resumed, applied.first()).toMillis());
                }
            }
            result.figure("ratioPerRound", ratios.stream().map(ratio -> Numbers.round(ratio, 3)).toList());
            checkSameTotals(platform, result);
        }
        return result;
    }

    private static RawBaseline.Run baseline(Platform platform, String database, int maxPollRecords,
            Map<TopicPartition, Long> from, Map<TopicPartition, Long> to, Set<String> knownCells) throws Exception {
        return new RawBaseline(platform.bootstrapServers(), platform.database(database), maxPollRecords, knownCells)
                .run(from, to);
    }

    private static long preload(Platform platform, Supplier<Activities.Activity> activities, String prefix, int n) {
        long start = System.nanoTime();
        try (EventPublisher publisher = new EventPublisher(platform.bootstrapServers())) {
            for (int i = 0; i < n; i++) {
                publisher.publish(activities.get().event("bench-" + prefix + "-" + i));
            }
        }
        return System.nanoTime() - start;
    }

    /** The service and both baseline databases must hold the same totals, or the comparison means nothing. */
    private static void checkSameTotals(Platform platform, Result result) {
        MongoDatabase analytics = platform.database(Platform.ANALYTICS_DATABASE);
        List<Long> totals = List.of(sum(analytics, "g1_participation", "participants"),
                sum(analytics, "g1_coordination", "jointActivities"));
        StringBuilder note = new StringBuilder("totals (participants, joint activities): service ").append(totals);
        boolean same = true;
        for (String database : List.of(BASELINES.get(0), BASELINES.get(1), INSERTING)) {
            List<Long> raw = List.of(sum(platform.database(database), "participation", "participants"),
                    sum(platform.database(database), "coordination", "jointActivities"));
            note.append(", ").append(database).append(' ').append(raw);
            same &= raw.equals(totals);
        }
        result.figure("sameTotals", same).note(note.append(same ? ": equal" : ": DIFFERENT").toString());
        if (!same) {
            throw new IllegalStateException("The service and the baseline disagree: " + result.render());
        }
    }

    private static long sum(MongoDatabase database, String collection, String total) {
        Document sum = database.getCollection(collection).aggregate(List.of(new Document("$group",
                new Document("_id", null).append("s", new Document("$sum", "$t." + total))))).first();
        return sum == null ? 0 : ((Number) sum.get("s")).longValue();
    }

    private static double seconds(long nanos) {
        return Numbers.round(nanos / 1e9, 2);
    }
}
