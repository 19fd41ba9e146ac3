package vn.antq.resilience.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times and outcomes per kind of request, kept whole (a run is bounded, so every sample fits) and read
 * as percentiles of the sorted samples.
 */
public final class Latencies {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Integer>> statuses = new ConcurrentHashMap<>();

    public void record(String operation, int status, long elapsedNanos) {
        nanos.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
        statuses.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>()).add(status);
    }

    /** One kind of request: how many, how many failed (not 2xx), and milliseconds at the percentiles. */
    public record Summary(String operation, int requests, int errors, double p50, double p90, double p99, double max) {

        public String row() {
            return String.format("| %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f |", operation, requests, errors, p50, p90,
                    p99, max);
        }
    }

    public List<Summary> summaries() {
        Map<String, Summary> sorted = new TreeMap<>();
        nanos.forEach((operation, samples) -> sorted.put(operation, summary(operation,
                samples.stream().mapToLong(Long::longValue).toArray(), statuses.get(operation).stream().toList())));
        long[] all = nanos.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue).toArray();
        List<Integer> allStatuses = statuses.values().stream().flatMap(ConcurrentLinkedQueue::stream).toList();
        List<Summary> summaries = new ArrayList<>(sorted.values());
        summaries.add(summary("all", all, allStatuses));
        return summaries;
    }

    public int requests() {
        return statuses.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    public int errors() {
        return (int) statuses.values().stream().flatMap(ConcurrentLinkedQueue::stream).filter(s -> s < 200 || s >= 300).count();
    }

    static Summary summary(String operation, long[] samples, List<Integer> statuses) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int errors = (int) statuses.stream().filter(s -> s < 200 || s >= 300).count();
        return new Summary(operation, sorted.length, errors, millis(sorted, 0.50), millis(sorted, 0.90),
                millis(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
