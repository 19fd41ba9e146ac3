package vn.antq.bench.freshness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import vn.antq.bench.BenchOptions;
import vn.antq.bench.support.Activities;
import vn.antq.bench.support.Activities.Activity;
import vn.antq.bench.support.Http;
import vn.antq.bench.support.Latencies;
import vn.antq.bench.support.Machine;
import vn.antq.bench.support.Numbers;
import vn.antq.bench.support.Platform;
import vn.antq.bench.support.ProjectionProgress;
import vn.antq.bench.support.Result;
import vn.antq.bench.support.Table;
import vn.antq.bench.support.Tokens;
import vn.antq.contracts.Topics;

/**
 * Scenario 3: event-service and analytics-service running together; activities are POSTed at a steady offered
 * rate (open loop: each request leaves at its scheduled time, whether or not earlier ones have been answered) for a
 * set time, and a few of them per second are probes ({@link ProbeWatch}) whose way is timed from their 201 to the
 * moment the analytics totals include them. Between two rates everything is left to drain.
 */
public final class FreshnessScenario {

    private static final int PROBES_PER_SECOND = 5;
    private static final int WORKERS = 64;
    private static final Duration DRAIN = Duration.ofSeconds(120);

    private FreshnessScenario() {
    }

    public static Result run(BenchOptions options) throws Exception {
        options.requireKnown(Set.of("rates", "seconds", "warmup-s"));
        List<Integer> rates = options.integers("rates", List.of(25, 50, 100, 200), List.of(50, 100, 200, 500, 1000));
        int seconds = options.integer("seconds", 15, 60);
        int warmupSeconds = options.integer("warmup-s", 10, 10);
        Result result = new Result(3, "freshness", "Freshness: from POST 201 to the analytics totals");
        result.parameter("rates", rates).parameter("secondsPerRate", seconds).parameter("probesPerSecond", PROBES_PER_SECOND)
                .parameter("warmupSeconds", warmupSeconds).parameter("probePollMs", ProbeWatch.POLL_MILLIS)
                .parameter("mongo", options.mongoDescription()).parameter("kafka", options.kafkaDescription());
        Activities load = new Activities(Activities.KON_TUM, 3);
        Activities probes = new Activities(Activities.GIA_LAI, 3);
        int[] nextProbe = {0};
        try (Platform platform = Platform.start(options.servers())) {
            Http events = new Http(platform.startEventService(options.serviceOverrides()));
            Http analytics = new Http(platform.startAnalytics(true, options.serviceOverrides()));
            ProjectionProgress progress = new ProjectionProgress(platform.database(Platform.ANALYTICS_DATABASE));
            AtomicLong accepted = new AtomicLong();

            try (ProbeWatch watch = new ProbeWatch(platform.database(Platform.ANALYTICS_DATABASE))) {
                offer(events, load, probes, nextProbe, 100, warmupSeconds, watch, accepted);
                drain(platform, progress, accepted.get(), watch);
            }
            Table table = result.table("Offered load for " + seconds + " s per rate: POST latency and freshness",
                    "offered/s", "accepted/s", "not sent (backlog)", "POST p50 ms", "POST p99 ms", "probes",
                    "fresh p50 ms", "fresh p99 ms", "fresh max ms", "not seen in 60 s", "drained after s");
            for (int rate : rates) {
                Machine.Sample sample = Machine.sample();
                try (ProbeWatch watch = new ProbeWatch(platform.database(Platform.ANALYTICS_DATABASE))) {
                    Offered offered = offer(events, load, probes, nextProbe, rate, seconds, watch, accepted);
                    int unseen = watch.awaitAllSeen(Duration.ofSeconds(60));
                    long drained = drain(platform, progress, accepted.get(), watch);
                    Latencies fresh = watch.freshness();
                    table.row((long) rate, offered.acceptedPerSecond(), offered.shed(), offered.latencies().p50(),
                            offered.latencies().p99(), (long) (fresh.count() + unseen), fresh.p50(), fresh.p99(),
                            fresh.max(), (long) unseen, Numbers.round(drained / 1e9, 1));
                    result.figure("rate" + rate + "AcceptedPerSecond", offered.acceptedPerSecond())
                            .figure("rate" + rate + "FreshnessP50Ms", fresh.p50())
                            .figure("rate" + rate + "FreshnessP99Ms", fresh.p99())
                            .figure("rate" + rate + "FreshnessMaxMs", fresh.max())
                            .figure("rate" + rate + "ProbesNotSeen", unseen)
                            .figure("rate" + rate + "NotSent", offered.shed());
                }
                result.phase("rate " + rate, sample);
            }
            checkApiCountsProbes(analytics, nextProbe[0], result);
        }
        return result;
    }

    /**
     * What an offered load achieved: accepted per second (from the first send to the last answer), POST latency,
     * and the requests not sent because more than a second's worth were already waiting for a client.
     */
    record Offered(double acceptedPerSecond, Latencies latencies, long shed) {
    }

    private static Offered offer(Http http, Activities load, Activities probes, int[] nextProbe, int rate, int seconds,
            ProbeWatch watch, AtomicLong acceptedTotal) throws InterruptedException {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        // More than a second's worth waiting for a free client: the platform does not keep up; shed, and count it.
        int backlogLimit = Math.max(rate, 50);
        long shed = 0;
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        int total = rate * seconds;
        int probeEvery = Math.max(1, rate / PROBES_PER_SECOND);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total && failure.get() == null; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (workers.getQueue().size() >= backlogLimit) {
                shed++;
                continue;
            }
            boolean probe = i % probeEvery == 0;
            Activity activity = probe ? probes.probe(nextProbe[0]++) : load.next();
            workers.execute(() -> {
                String token = tokens.computeIfAbsent(activity.agency(), Tokens::recorder);
                long sent = System.nanoTime();
                Http.Reply reply = http.postJson("/api/v1/activities", token, activity.form());
                long answered = System.nanoTime();
                if (reply.status() != 201) {
                    failure.compareAndSet(null, reply.status() + " " + reply.body());
                    return;
                }
                if (probe) {
                    watch.accepted(activity, answered);
                }
                latencies.add(answered - sent);
                accepted.incrementAndGet();
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.MINUTES);
        long took = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("event-service refused an activity: " + failure.get());
        }
        acceptedTotal.addAndGet(accepted.get());
        return new Offered(Numbers.perSecond(accepted.get(), took), latencies, shed);
    }

    /** Waits until every accepted activity is on Kafka and applied by analytics; returns how long that took. */
    private static long drain(Platform platform, ProjectionProgress progress, long accepted, ProbeWatch watch) {
        long start = System.nanoTime();
        long deadline = start + DRAIN.toNanos();
        while (platform.recordsOn(Topics.ACTIVITY) < accepted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The outbox had not published " + accepted + " activities after " + DRAIN);
            }
            ProjectionProgress.sleep(Duration.ofMillis(50));
        }
        progress.awaitApplied(platform.endOffsets(Topics.ACTIVITY), DRAIN);
        return System.nanoTime() - start;
    }

    /** Once at the end, through the API: the probe province's answer must count every probe. */
    private static void checkApiCountsProbes(Http analytics, int probes, Result result) {
        JsonNode answer = analytics.get("/api/v1/analytics/participation?locality=" + Activities.GIA_LAI
                + "&groupBy=province", Tokens.ops()).json();
        long counted = answer.path("totals").path("activities").asLong();
        result.figure("probesCountedByApi", counted).figure("probesSent", probes);
        result.note("the participation answer for the probes' province counts " + counted + " activities; "
                + probes + " probes were sent");
        if (counted != probes) {
            throw new IllegalStateException("The API counts " + counted + " probes of " + probes);
        }
    }
}
