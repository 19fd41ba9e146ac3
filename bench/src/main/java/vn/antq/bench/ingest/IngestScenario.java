package vn.antq.bench.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import vn.antq.bench.BenchOptions;
import vn.antq.bench.support.Activities;
import vn.antq.bench.support.Activities.Activity;
import vn.antq.bench.support.Http;
import vn.antq.bench.support.Latencies;
import vn.antq.bench.support.Machine;
import vn.antq.bench.support.Numbers;
import vn.antq.bench.support.Platform;
import vn.antq.bench.support.Profile;
import vn.antq.bench.support.ProjectionProgress;
import vn.antq.bench.support.Result;
import vn.antq.bench.support.Tokens;
import vn.antq.contracts.Topics;

/**
 * Scenario 1: N activities recorded through event-service's public API by C concurrent clients ({@code POST
 * /api/v1/activities}, each answer must be 201), then M more through the bulk import (CSV files, one agency's rows
 * per file, each row RECORDED). For each path: accepted per second, per-request latency, and how long until the
 * outbox relay had published every recorded activity to Kafka (the moment analytics can start on it).
 */
public final class IngestScenario {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int FEW_MONTHS = 12;

    private IngestScenario() {
    }

    public static Result run(BenchOptions options) throws Exception {
        options.requireKnown(Set.of("n", "clients", "import-n", "file-rows", "publish-timeout-s", "warmup", "profile",
                "periods"));
        boolean fewPeriods = switch (options.values().getOrDefault("periods", "spread")) {
            case "spread" -> false;
            case "few" -> true;
            default -> throw new IllegalArgumentException("--periods is spread or few");
        };
        int n = options.integer("n", 10_000, 100_000);
        int clients = options.integer("clients", 8, 8);
        int importN = options.integer("import-n", 20_000, 100_000);
        int fileRows = options.integer("file-rows", 5_000, 5_000);
        int warmup = options.integer("warmup", 1_000, 1_000);
        Duration publishTimeout = Duration.ofSeconds(options.integer("publish-timeout-s", 300, 1_800));
        Result result = new Result(1, "ingest", "Ingest through event-service");
        result.parameter("activities", n).parameter("clients", clients).parameter("importedActivities", importN)
                .parameter("rowsPerFile", fileRows).parameter("warmupActivities", warmup)
                .parameter("periods", fewPeriods ? "few" : "spread")
                .parameter("mongo", options.mongoDescription()).parameter("kafka", options.kafkaDescription());
        Activities activities = new Activities(Activities.KON_TUM, 1);
        Supplier<Activity> draw = fewPeriods ? fewPeriods(activities) : activities::next;
        try (Platform platform = Platform.start(options.servers())) {
            Http http = new Http(platform.startEventService(options.serviceOverrides()));

            post(http, generate(draw, warmup), clients, new Latencies());
            awaitPublished(platform, warmup, publishTimeout);

            List<Activity> posted = generate(draw, n);
            Latencies latencies = new Latencies();
            Machine.Sample posting = Machine.sample();
            long start = System.nanoTime();
            try (Profile profile = Profile.start(options.values().get("profile"))) {
                post(http, posted, clients, latencies);
            }
            long accepted = System.nanoTime() - start;
            long published = awaitPublished(platform, warmup + n, publishTimeout) - start;
            result.phase("POST and publish", posting);

            Latencies fileLatencies = new Latencies();
            Machine.Sample importing = Machine.sample();
            long importStart = System.nanoTime();
            int files = importFiles(http, activities, importN, fileRows, fileLatencies);
            long imported = System.nanoTime() - importStart;
            long importPublished = awaitPublished(platform, warmup + n + importN, publishTimeout) - importStart;
            result.phase("import and publish", importing);

            result.table("Recording activities through event-service (then published by the outbox relay)",
                    "path", "clients", "activities", "seconds", "accepted/s", "p50 ms", "p99 ms",
                    "all on Kafka after s", "published/s")
                    .row("POST /api/v1/activities", (long) clients, (long) n, seconds(accepted),
                            Numbers.perSecond(n, accepted), latencies.p50(), latencies.p99(), seconds(published),
                            Numbers.perSecond(n, published))
                    .row("POST /api/v1/activities/import (" + files + " files of " + fileRows + " rows)", 1L,
                            (long) importN, seconds(imported), Numbers.perSecond(importN, imported),
                            fileLatencies.p50(), fileLatencies.p99(), seconds(importPublished),
                            Numbers.perSecond(importN, importPublished));
            result.figure("postAcceptedPerSecond", Numbers.perSecond(n, accepted))
                    .figure("postP50Ms", latencies.p50()).figure("postP99Ms", latencies.p99())
                    .figure("postPublishedPerSecond", Numbers.perSecond(n, published))
                    .figure("importRowsPerSecond", Numbers.perSecond(importN, imported))
                    .figure("importPublishedPerSecond", Numbers.perSecond(importN, importPublished));
            result.note("'all on Kafka after': from the first request until the topic held every recorded activity; "
                    + "latencies of the import are per file");
        }
        return result;
    }

    private static List<Activity> generate(Supplier<Activity> draw, int count) {
        List<Activity> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(draw.get());
        }
        return list;
    }

    /**
     * {@code --periods=few}: the police's activities in one commune over {@value #FEW_MONTHS} months, in turn, so that
     * the POSTs fall in a few reporting periods, as a unit's records of its month do (the default spreads them over
     * the province's communes, four agencies and six years: nearly every POST is then the first in its period).
     */
    private static Supplier<Activity> fewPeriods(Activities activities) {
        AtomicInteger next = new AtomicInteger();
        return () -> activities.next(activities.hotCell(next.getAndIncrement() % FEW_MONTHS));
    }

    /** C clients, each taking the next activity until none is left; every answer must be 201. */
    private static void post(Http http, List<Activity> activities, int clients, Latencies latencies) throws Exception {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < activities.size() && failure.get() == null;
                        i = next.getAndIncrement()) {
                    Activity activity = activities.get(i);
                    String token = tokens.computeIfAbsent(activity.agency(), Tokens::recorder);
                    long start = System.nanoTime();
                    Http.Reply reply = http.postJson("/api/v1/activities", token, activity.form());
                    latencies.add(System.nanoTime() - start);
                    if (reply.status() != 201) {
                        failure.compareAndSet(null, reply.status() + " " + reply.body());
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        if (failure.get() != null) {
            throw new IllegalStateException("event-service refused an activity: " + failure.get());
        }
    }

    /** Import files of one agency's rows each, one after the other, as a recorder uploads them; returns the files. */
    private static int importFiles(Http http, Activities activities, int rows, int fileRows, Latencies latencies) {
        int files = 0;
        for (int done = 0; done < rows; done += fileRows, files++) {
            String agency = Activities.AGENCIES.get(files % Activities.AGENCIES.size());
            List<Activity> file = new ArrayList<>();
            for (int i = 0; i < Math.min(fileRows, rows - done); i++) {
                file.add(activities.next(agency));
            }
            long start = System.nanoTime();
            Http.Reply reply = http.postBytes("/api/v1/activities/import", Tokens.recorder(agency), Activities.csv(file),
                    "text/csv");
            latencies.add(System.nanoTime() - start);
            JsonNode report = reply.json();
            if (reply.status() != 200 || report.path("recorded").asInt() != file.size()) {
                throw new IllegalStateException("The import of " + file.size() + " rows answered " + reply.status() + ": "
                        + abbreviated(reply.body()));
            }
        }
        return files;
    }

    /** Waits until the activity topic holds {@code records}; returns System.nanoTime() of that moment. */
    private static long awaitPublished(Platform platform, long records, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (platform.recordsOn(Topics.ACTIVITY) < records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + platform.recordsOn(Topics.ACTIVITY) + " of " + records
                        + " activities were on Kafka after " + timeout);
            }
            ProjectionProgress.sleep(POLL);
        }
        return System.nanoTime();
    }

    private static double seconds(long nanos) {
        return Numbers.round(nanos / 1e9, 2);
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

}
