package vn.antq.bench.queries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import vn.antq.bench.BenchOptions;
import vn.antq.bench.support.Activities;
import vn.antq.bench.support.Activities.Activity;
import vn.antq.bench.support.EventPublisher;
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
 * Scenario 4: how the answers' cost grows with the data. For each size (10^4, 10^5, 10^6 activities), the
 * activities are published as events, applied by analytics-service, and kept one document each in a raw
 * collection on the same MongoDB-wire server; then each answer is asked repeatedly through the API (HTTP, JWT,
 * JSON: what a dashboard pays) and computed by aggregating the raw collection on demand (through the driver
 * alone, which spares the raw side the HTTP cost). Both must give the same numbers.
 */
public final class QueryCostScenario {

    static final String PARTICIPATION = "/api/v1/analytics/participation?groupBy=agency,district,year";
    static final String COORDINATION = "/api/v1/analytics/coordination?groupBy=pair";
    static final String SHORTCOMINGS = "/api/v1/analytics/shortcomings";
    private static final Duration BUDGET = Duration.ofSeconds(30);

    private QueryCostScenario() {
    }

    public static Result run(BenchOptions options) throws Exception {
        options.requireKnown(Set.of("sizes", "samples"));
        List<Integer> sizes = options.integers("sizes", List.of(10_000, 100_000), List.of(10_000, 100_000, 1_000_000));
        int samples = options.integer("samples", 20, 20);
        Result result = new Result(4, "queries", "Query cost vs data size");
        result.parameter("sizes", sizes).parameter("samplesPerAnswer", samples)
                .parameter("budgetPerAnswerSeconds", BUDGET.toSeconds())
                .parameter("mongo", options.mongoDescription()).parameter("kafka", options.kafkaDescription());
        Activities activities = new Activities(Activities.KON_TUM, 4);
        try (Platform platform = Platform.start(options.servers())) {
            Http api = new Http(platform.startAnalytics(true, options.serviceOverrides()));
            ProjectionProgress progress = new ProjectionProgress(platform.database(Platform.ANALYTICS_DATABASE));
            RawActivities raw = new RawActivities(platform.database("bench_raw").getCollection("activities"));
            String ops = Tokens.ops();
            boolean shortcomings = api.get(SHORTCOMINGS, ops).status() == 200;
            result.note(shortcomings ? "GET " + SHORTCOMINGS + " answered 200: measured (no raw equivalent here)"
                    : "GET " + SHORTCOMINGS + " did not answer 200 when this ran: not measured");

            Table table = result.table("Answer latency by data size (API: HTTP end to end; raw: aggregation through "
                    + "the driver)", "activities", "answer", "source", "rows", "p50 ms", "p99 ms", "samples");
            Table cells = result.table("What there is to read", "activities", "participation cells",
                    "by district", "by commune", "coordination cells", "by district ", "raw activity documents");
            Map<String, Map<Integer, Double>> p50s = new TreeMap<>();
            int loaded = 0;
            for (int size : sizes) {
                Machine.Sample loading = Machine.sample();
                // Each step in the order of the dates, as records arrive: the step covers the whole period evenly.
                activities.sweep(size - loaded);
                try (EventPublisher publisher = new EventPublisher(platform.bootstrapServers())) {
                    for (; loaded < size; loaded++) {
                        Activity activity = activities.next();
                        String id = "bench-query-" + loaded;
                        publisher.publish(activity.event(id));
                        raw.add(id, activity);
                    }
                }
                raw.flush();
                progress.awaitApplied(platform.endOffsets(Topics.ACTIVITY), Duration.ofSeconds(Math.max(600, size / 100)));
                result.phase("load to " + size, loading);
                cells.row((long) size, documents(platform, "g1_participation"),
                        documents(platform, "g1_participation_by_district"), documents(platform, "g1_participation_by_commune"),
                        documents(platform, "g1_coordination"), documents(platform, "g1_coordination_by_district"),
                        platform.database("bench_raw").getCollection("activities").countDocuments());

                Machine.Sample querying = Machine.sample();
                Map<String, List<Long>> participationApi = participationRows(api.get(PARTICIPATION, ops).json());
                Map<String, List<Long>> participationRaw = raw.participation();
                Map<String, List<Long>> coordinationApi = coordinationRows(api.get(COORDINATION, ops).json());
                Map<String, List<Long>> coordinationRaw = raw.coordination();
                requireEqual("participation", size, participationApi, participationRaw);
                requireEqual("coordination", size, coordinationApi, coordinationRaw);

                measure(table, p50s, size, "participation agency x district x year", "API", participationApi.size(),
                        samples, () -> api.get(PARTICIPATION, ops).status());
                measure(table, p50s, size, "participation agency x district x year", "raw", participationRaw.size(),
                        samples, () -> raw.participation().size());
                measure(table, p50s, size, "coordination matrix", "API", coordinationApi.size(), samples,
                        () -> api.get(COORDINATION, ops).status());
                measure(table, p50s, size, "coordination matrix", "raw", coordinationRaw.size(), samples,
                        () -> raw.coordination().size());
                if (shortcomings) {
                    measure(table, p50s, size, "shortcomings", "API", -1, samples,
                            () -> api.get(SHORTCOMINGS, ops).status());
                }
                result.phase("queries at " + size, querying);
            }
            growth(result, p50s, sizes);
            result.note("the raw answers equal the API's at every size (activities and participants per agency, district "
                    + "and year; joint activities and participants per pair)");
        }
        return result;
    }

    private static long documents(Platform platform, String collection) {
        return platform.database(Platform.ANALYTICS_DATABASE).getCollection(collection).countDocuments();
    }

    private static void measure(Table table, Map<String, Map<Integer, Double>> p50s, int size, String answer,
            String source, int rows, int samples, Supplier<Object> ask) {
        for (int i = 0; i < 3; i++) {
            ask.get();
        }
        Latencies latencies = new Latencies();
        long budgetEnd = System.nanoTime() + BUDGET.toNanos();
        while (latencies.count() < samples && (latencies.count() < 3 || System.nanoTime() < budgetEnd)) {
            long start = System.nanoTime();
            Object outcome = ask.get();
            latencies.add(System.nanoTime() - start);
            if (outcome instanceof Integer status && source.equals("API") && status != 200) {
                throw new IllegalStateException(answer + " answered " + status);
            }
        }
        table.row((long) size, answer, source, rows < 0 ? "" : (Object) (long) rows, latencies.p50(), latencies.p99(),
                (long) latencies.count());
        p50s.computeIfAbsent(answer + " (" + source + ")", key -> new LinkedHashMap<>()).put(size, latencies.p50());
    }

    /** The headline: the p50 at the largest size over that at the smallest, per answer and source. */
    private static void growth(Result result, Map<String, Map<Integer, Double>> p50s, List<Integer> sizes) {
        if (sizes.size() < 2) {
            return;
        }
        int smallest = sizes.get(0);
        int largest = sizes.get(sizes.size() - 1);
        Table table = result.table("Growth of the p50 latency from " + String.format("%,d", smallest) + " to "
                + String.format("%,d", largest) + " activities (goal for the projections' answers: at most 2x)",
                "answer", "p50 ms at smallest", "p50 ms at largest", "growth x");
        p50s.forEach((answer, bySize) -> {
            double growth = bySize.get(largest) / bySize.get(smallest);
            table.row(answer, bySize.get(smallest), bySize.get(largest), Numbers.round(growth, 1));
            result.figure("growth " + answer, Numbers.round(growth, 2));
        });
    }

    private static Map<String, List<Long>> participationRows(JsonNode answer) {
        Map<String, List<Long>> rows = new TreeMap<>();
        for (JsonNode row : answer.path("rows")) {
            List<Long> totals = new ArrayList<>();
            RawActivities.TOTALS.forEach(total -> totals.add(row.path(total).asLong()));
            rows.put(row.path("agency").asString() + "|" + row.path("district").asString() + "|"
                    + row.path("year").asLong(), totals);
        }
        return rows;
    }

    private static Map<String, List<Long>> coordinationRows(JsonNode answer) {
        Map<String, List<Long>> rows = new TreeMap<>();
        for (JsonNode row : answer.path("rows")) {
            rows.put(row.path("pair").asString(), List.of(row.path("jointActivities").asLong(),
                    row.path("participants").asLong()));
        }
        return rows;
    }

    private static void requireEqual(String answer, int size, Map<String, List<Long>> api, Map<String, List<Long>> raw) {
        if (!api.equals(raw)) {
            throw new IllegalStateException("At " + size + " activities the " + answer + " answer differs from the raw "
                    + "aggregation:\nAPI " + api + "\nraw " + raw);
        }
    }
}
