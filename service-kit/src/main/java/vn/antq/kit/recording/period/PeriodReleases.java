package vn.antq.kit.recording.period;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the registrations of finished writes from their periods ({@link PeriodLocks}) off the writers' threads: one
 * thread takes what was released meanwhile and removes it in one bulk of updates by id. A registration waits here at
 * most about one round trip under load; a submission waits for it as for a write in flight. One that cannot be
 * removed (the database unreachable) is tried again a few times and then left to run out with its lease, as the
 * registration of a write whose service stopped.
 */
final class PeriodReleases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodReleases.class);
    private static final int BATCH = 1_000;
    private static final int ATTEMPTS = 3;
    private static final long WAIT_MILLIS = 200;
    private static final long RETRY_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private record Release(String id, String writer) {
    }

    private final PeriodStore store;
    private final LinkedBlockingQueue<Release> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    PeriodReleases(PeriodStore store) {
        this.store = store;
        this.thread = new Thread(this::run, "period-releases");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Removes {@code writer}'s registration from each of the periods {@code ids}, soon. */
    void release(Collection<String> ids, String writer) {
        ids.forEach(id -> queue.add(new Release(id, writer)));
        if (closed) {
            drain();
        }
    }

    private void run() {
        while (!closed) {
            Release first;
            try {
                first = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                continue;
            }
            List<Release> batch = new ArrayList<>();
            batch.add(first);
            queue.drainTo(batch, BATCH - 1);
            write(batch);
        }
    }

    private void drain() {
        List<Release> rest = new ArrayList<>();
        while (queue.drainTo(rest, BATCH) > 0) {
            write(rest);
            rest.clear();
        }
    }

    private void write(List<Release> batch) {
        Map<String, List<String>> byPeriod = new LinkedHashMap<>();
        batch.forEach(release -> byPeriod.computeIfAbsent(release.id(), id -> new ArrayList<>()).add(release.writer()));
        for (int attempt = 1; ; attempt++) {
            try {
                store.releaseMany(byPeriod);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || closed) {
                    log.warn("{} write registrations on {} periods not removed; they run out with their lease",
                            batch.size(), byPeriod.size(), e);
                    return;
                }
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
        }
    }

    /** Stops the thread and removes what is still waiting. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
