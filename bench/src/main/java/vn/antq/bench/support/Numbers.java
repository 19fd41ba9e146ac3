package vn.antq.bench.support;

import java.util.Locale;

/** Rounding and formatting of measured figures, the same way in the tables and the results files. */
public final class Numbers {

    private Numbers() {
    }

    public static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** Per second, from a count and a duration in nanoseconds. */
    public static double perSecond(long count, long nanos) {
        return nanos <= 0 ? Double.NaN : count * 1e9 / nanos;
    }

    /** 12,345 for whole numbers, 12.3 below 100, "n/a" for NaN. */
    public static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "n/a";
            }
            if (Math.abs(d) >= 100) {
                return String.format(Locale.ROOT, "%,.0f", d);
            }
            return String.format(Locale.ROOT, "%.1f", d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return String.valueOf(value);
    }
}
