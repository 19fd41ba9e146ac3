package vn.antq.resilience;

import java.time.Duration;
import java.util.Locale;

/**
 * How big the suite runs. {@code short} (the default, in {@code ./mvnw verify}) proves every property on a small
 * scale in a few minutes; {@code full} ({@code -Presilience-full}, {@code ./resilience/run.sh}) runs the sizes the
 * issue names. Any single size can be set on the command line, e.g. {@code -Dresilience.outage=45s}.
 */
public final class Scale {

    private Scale() {
    }

    public static boolean full() {
        return "full".equals(System.getProperty("resilience.scale", "short").strip().toLowerCase(Locale.ROOT));
    }

    public static String name() {
        return full() ? "full" : "short";
    }

    /** {@code resilience.<name>} if set, else the short or the full value. */
    public static int count(String name, int shortValue, int fullValue) {
        String set = System.getProperty("resilience." + name);
        return set != null && !set.isBlank() ? Integer.parseInt(set.strip().replace("_", "")) : full() ? fullValue : shortValue;
    }

    /** {@code resilience.<name>} ({@code 30s}, {@code 5m} or ISO-8601) if set, else the short or the full value. */
    public static Duration duration(String name, Duration shortValue, Duration fullValue) {
        String set = System.getProperty("resilience." + name);
        return set != null && !set.isBlank() ? parse(set.strip()) : full() ? fullValue : shortValue;
    }

    static Duration parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("p")) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(lower.replaceAll("[a-z]+$", ""));
        return switch (lower.replaceAll("^[0-9]+", "")) {
            case "ms" -> Duration.ofMillis(amount);
            case "s", "" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("Not a duration: " + text + " (use 30s, 5m or ISO-8601)");
        };
    }
}
