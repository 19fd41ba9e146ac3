package vn.antq.bench.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency samples in nanoseconds, from many threads, and their percentiles by nearest rank: p99 of 100 samples is
 * the 99th smallest, never an interpolation between two measured values.
 */
public final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The sample at percentile {@code p} (0 &lt; p &le; 100), in milliseconds; NaN without samples. */
    public synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.min(size, Math.max(1, rank)) - 1] / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    public double max() {
        return percentileMillis(100);
    }

    /** {@code count}, {@code p50Ms}, {@code p99Ms}, {@code maxMs}: for the results file. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50Ms", Numbers.round(p50(), 2));
        summary.put("p99Ms", Numbers.round(p99(), 2));
        summary.put("maxMs", Numbers.round(max(), 2));
        return summary;
    }
}
