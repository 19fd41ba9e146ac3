package vn.antq.bench.freshness;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;

import vn.antq.bench.support.Activities.Activity;
import vn.antq.bench.support.Latencies;
import vn.antq.bench.support.ProjectionProgress;

/**
 * Sees when each probe activity reaches the analytics answers. A probe is the only activity of its commune and month
 * in the probe province, so the moment the rollup by commune and month ({@code participation_by_commune}, the last
 * one a batch writes, and what answers by commune read) counts it is the moment the answers include it; the detailed
 * cell and the other rollups are written before it in the same batch. The watcher reads the documents of the
 * outstanding probes by {@code _id} every {@value #POLL_MILLIS} ms: polling the API itself that often would add its
 * own load to the load being measured. (At the end the API is asked once whether it counts every probe.)
 */
final class ProbeWatch implements AutoCloseable {

    static final long POLL_MILLIS = 20;

    private final MongoCollection<Document> cells;
    private final Map<String, Long> outstanding = new ConcurrentHashMap<>();
    private final Latencies freshness = new Latencies();
    private final Thread thread;
    private volatile boolean running = true;

    ProbeWatch(MongoDatabase analytics) {
        Document meta = analytics.getCollection("projection_meta").find(eq("_id", "generations")).first();
        int generation = meta == null ? 1 : meta.getInteger("active");
        this.cells = analytics.getCollection("g" + generation + "_participation_by_commune");
        this.thread = new Thread(this::watch, "bench-probe-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The probe's document in the rollup by commune: {@code province|district|commune|month}. */
    static String cellKey(Activity probe) {
        return String.join("|", probe.province(), probe.district(), probe.commune(),
                probe.startDate().toString().substring(0, 7));
    }

    /** A probe's POST answered 201 at {@code acceptedAt} (System.nanoTime()). */
    void accepted(Activity probe, long acceptedAt) {
        outstanding.put(cellKey(probe), acceptedAt);
    }

    int outstanding() {
        return outstanding.size();
    }

    /** From each probe's 201 to the moment its cell counted it. */
    Latencies freshness() {
        return freshness;
    }

    /** Waits until no probe is outstanding, at most {@code timeout}; returns how many still are. */
    int awaitAllSeen(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!outstanding.isEmpty() && System.nanoTime() < deadline) {
            ProjectionProgress.sleep(Duration.ofMillis(POLL_MILLIS));
        }
        return outstanding.size();
    }

    private void watch() {
        while (running) {
            if (!outstanding.isEmpty()) {
                // One lookup by _id per probe: a few at a time, and each an index lookup on any server.
                for (String key : new ArrayList<>(outstanding.keySet())) {
                    Document cell = cells.find(eq("_id", key)).projection(Projections.include("t")).first();
                    Document totals = cell == null ? null : cell.get("t", Document.class);
                    if (totals != null && totals.get("activities") instanceof Number activities && activities.longValue() > 0) {
                        Long acceptedAt = outstanding.remove(key);
                        if (acceptedAt != null) {
                            freshness.add(System.nanoTime() - acceptedAt);
                        }
                    }
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
