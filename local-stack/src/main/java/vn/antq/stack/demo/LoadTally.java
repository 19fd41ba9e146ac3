package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What a load did, per kind of record: how many it created, and how many were there already from an
 * earlier load (which a second load of the demo finds for every record). Safe to count from several threads.
 */
public final class LoadTally {

    private final Map<String, long[]> counts = new ConcurrentSkipListMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void created(String what, long n) {
        add(what, 0, n);
    }

    void existing(String what, long n) {
        add(what, 1, n);
    }

    void count(String what, boolean created) {
        add(what, created ? 0 : 1, 1);
    }

    /** Records created by this load, all kinds together. */
    public long created() {
        return counts.values().stream().mapToLong(c -> c[0]).sum();
    }

    /** Records found from an earlier load, all kinds together. */
    public long existing() {
        return counts.values().stream().mapToLong(c -> c[1]).sum();
    }

    private void add(String what, int column, long n) {
        order.putIfAbsent(what, order.size());
        long[] c = counts.computeIfAbsent(what, w -> new long[2]);
        synchronized (c) {
            c[column] += n;
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            long[] c = counts.get(e.getKey());
            parts.add(String.format(Locale.ROOT, "%,d %s (%,d new, %,d already loaded)", c[0] + c[1], e.getKey(), c[0], c[1]));
        });
        return String.join("; ", parts);
    }
}
