package vn.antq.analytics.shortcomings;

import java.util.Collection;

/**
 * Where a figure stands among its peers (the communes or districts of its province, the agency pairs of a locality):
 * their median, and their {@code q}-quantile by the nearest-rank rule (the smallest value with at least a share q of
 * the peers at or below it).
 */
public record Benchmark(int peers, double median, double quantile) {

    public static Benchmark of(Collection<Double> values, double q) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Benchmark(0, 0, 0);
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int rank = Math.max(1, (int) Math.ceil(q * n));
        return new Benchmark(n, median, sorted[rank - 1]);
    }

    /** In the bottom {@code q} of the peers and below {@code shareOfMedian} of their median. */
    public boolean isLow(double value, double shareOfMedian) {
        return peers > 0 && value <= quantile && value < shareOfMedian * median;
    }

    /** How far below the median: 0.7 for a value at 30 % of it. */
    public double shortfall(double value) {
        return median <= 0 ? 0 : 1 - value / median;
    }
}
