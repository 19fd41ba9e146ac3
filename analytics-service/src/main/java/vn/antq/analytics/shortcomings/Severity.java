package vn.antq.analytics.shortcomings;

/**
 * How serious a finding is. For a figure judged against a benchmark (the province's median, the same months a year
 * earlier) it follows from the shortfall, {@code 1 - figure / benchmark}: HIGH from two thirds below, MEDIUM from
 * half below, LOW otherwise. The other kinds say in {@code ShortcomingRules} how they grade.
 */
public enum Severity {
    HIGH, MEDIUM, LOW;

    public static Severity ofShortfall(double shortfall) {
        if (shortfall >= 2.0 / 3) {
            return HIGH;
        }
        return shortfall >= 0.5 ? MEDIUM : LOW;
    }

    /** The more serious of the two. */
    public Severity max(Severity other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
