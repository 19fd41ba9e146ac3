package vn.antq.resilience.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Several clients writing at once, each its own thread and stream of requests, until each has made its share or a
 * stop condition holds. Bounded by construction: a count per worker and a deadline.
 */
public final class Burst {

    /** What the burst did: requests made, accepted (2xx), and every refusal described. */
    public record Outcome(long attempted, long accepted, List<String> refused) {
    }

    private final ExecutorService workers;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicLong attempted = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    private Burst(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "burst-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts {@code threads} workers; worker {@code n} sends {@code requests.apply(n).get()} up to {@code perWorker}
     * times, stopping early once {@code stop} holds.
     */
    public static Burst start(int threads, int perWorker, BooleanSupplier stop, IntFunction<Supplier<Answer>> requests) {
        Burst burst = new Burst(threads);
        for (int n = 0; n < threads; n++) {
            Supplier<Answer> next = requests.apply(n);
            burst.running.add(burst.workers.submit(() -> {
                for (int i = 0; i < perWorker && !stop.getAsBoolean(); i++) {
                    burst.attempted.incrementAndGet();
                    Answer answer = next.get();
                    if (answer.isSuccess()) {
                        burst.accepted.incrementAndGet();
                    } else {
                        burst.refused.add(answer.describe());
                    }
                }
                return null;
            }));
        }
        burst.workers.shutdown();
        return burst;
    }

    public long attempted() {
        return attempted.get();
    }

    public long accepted() {
        return accepted.get();
    }

    /** Waits for every worker; a worker's failure (a dirty answer, a dropped connection) fails the burst. */
    public Outcome await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Future<?> worker : running) {
                worker.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            workers.shutdownNow();
            throw new AssertionError("A burst worker failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            workers.shutdownNow();
            throw new AssertionError("The burst did not finish within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Outcome(attempted.get(), accepted.get(), List.copyOf(refused));
    }
}
