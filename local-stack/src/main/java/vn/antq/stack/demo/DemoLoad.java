package vn.antq.stack.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.stack.ServiceClient;
import vn.antq.stack.IdentityTokens;
import vn.antq.stack.StackUrls;

/**
 * Loads the demo data set into a running stack through the services' public HTTP APIs, with real tokens, so that
 * it flows through the outboxes and Kafka like any agency's data; then waits until analytics has applied it.
 * <p>
 * Activities, models, and reviews with awards go to three different services, so they load side by side (the
 * models with two threads of their own: their reports are one request each); then the population of Kon Tum goes to
 * analytics as reference data. Loading again changes nothing.
 */
public final class DemoLoad {

    private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);
    /** How long analytics may take to catch up before the load reports what it shows instead. */
    public static final Duration ANALYTICS_TIMEOUT = Duration.ofMinutes(5);
    private static final int MODEL_THREADS = 2;

    /**
     * What a load did and what analytics showed after it.
     *
     * @param caughtUp whether analytics showed exactly the expected figures before the timeout
     */
    public record Outcome(DemoDataSet data, LoadTally tally, DemoFigures expected, DemoFigures figures, boolean caughtUp,
                          Duration loaded, Duration total) {

        public String describe() {
            StringBuilder text = new StringBuilder()
                    .append(String.format(Locale.ROOT, "%nDemo data set Kon Tum 2019-2024 loaded in %.1f s: %s.%n",
                            loaded.toMillis() / 1000.0, tally))
                    .append(String.format(Locale.ROOT, "Analytics %s after %.1f s.%n", caughtUp
                            ? "had applied all of it"
                            : "shows other figures than the demo's own (other records in this data directory, or "
                                    + "something went wrong: see the log)",
                            total.toMillis() / 1000.0));
            if (figures != null) {
                text.append("Kon Tum 2019-2024, as analytics-service answers:\n").append(figures.describe());
            }
            if (!caughtUp) {
                text.append("The demo alone would show:\n").append(expected.describe());
            }
            return text.toString();
        }
    }

    private DemoLoad() {
    }

    /** Loads the data set as of today (Vietnam time) into the stack at {@code urls}. */
    public static Outcome into(StackUrls urls, IdentityTokens issuer) {
        return into(urls, issuer, DemoDataSet.generate(VietnamTime.today(Clock.systemUTC())), ANALYTICS_TIMEOUT);
    }

    /** Loads {@code data} with tokens made by the stack's identity-service. */
    public static Outcome into(StackUrls urls, IdentityTokens issuer, DemoDataSet data, Duration analyticsTimeout) {
        long started = System.nanoTime();
        DemoTokens tokens = new DemoTokens(issuer);
        LoadTally tally = new LoadTally();
        ActivityLoader activities = new ActivityLoader(new ServiceClient(urls.events()), tokens, tally);
        ModelLoader models = new ModelLoader(new ServiceClient(urls.models()), tokens, tally, MODEL_THREADS);
        AwardLoader awards = new AwardLoader(new ServiceClient(urls.awards()), tokens, tally);
        OutcomeLoader outcomes = new OutcomeLoader(new ServiceClient(urls.events()), tokens, tally);
        TrainingLoader trainings = new TrainingLoader(new ServiceClient(urls.events()), tokens, tally);
        MaterialLoader materials = new MaterialLoader(new ServiceClient(urls.events()), tokens, tally);
        inParallel("demo-load", () -> activities.load(data.activities()), () -> models.load(data.models()),
                () -> awards.load(data.reviews(), data.awards()),
                () -> outcomes.load(data.outcomes()), () -> trainings.load(data.trainings()),
                () -> materials.load(data.materials()));
        // The reports of 2019-2024 count their activities and models' reports: recorded once those all are. A unit's
        // monthly report covers both, sent and approved together: the same steps in each recording service.
        inParallel("demo-periods",
                () -> new PeriodLoader(new ServiceClient(urls.events()), tokens, tally, "activity reporting periods")
                        .load(data.reports()),
                () -> new PeriodLoader(new ServiceClient(urls.models()), tokens, tally, "model reporting periods")
                        .load(data.reports()));
        new PopulationLoader(new ServiceClient(urls.analytics()), tokens, tally).load(KonTumPlaces.get());
        Duration loaded = Duration.ofNanos(System.nanoTime() - started);
        log.info("Demo data loaded through the APIs in {} ms: {}", loaded.toMillis(), tally);

        DemoFigures expected = data.expected();
        AnalyticsFigures analytics = new AnalyticsFigures(new ServiceClient(urls.analytics()), tokens.ops());
        List<ServiceClient> recorders = List.of(new ServiceClient(urls.events()), new ServiceClient(urls.models()),
                new ServiceClient(urls.awards()));
        DemoFigures figures = analytics.await(expected, analyticsTimeout,
                () -> recorders.stream().allMatch(service -> published(service, tokens.ops())) && analytics.caughtUp());
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        return new Outcome(data, tally, expected, figures, expected.equals(figures), loaded, total);
    }

    /** Whether a recording service's outbox has published every event (its {@code /actuator/health} says so). */
    static boolean published(ServiceClient service, String opsToken) {
        JsonNode outbox = service.health(opsToken).path("components").path("outbox").path("details");
        boolean measured = false;
        for (Map.Entry<String, JsonNode> collection : outbox.properties()) {
            if (collection.getValue().has("pendingEvents")) {
                measured = true;
                if (collection.getValue().path("pendingEvents").asLong(-1) != 0) {
                    return false;
                }
            }
        }
        return measured;
    }

    /** Runs the loads side by side, one thread each, and waits for them all (see {@link #awaitAll}). */
    private static void inParallel(String name, Runnable... loads) {
        ExecutorService pool = Executors.newFixedThreadPool(loads.length, daemon(name));
        try {
            awaitAll(java.util.Arrays.stream(loads).map(pool::submit).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every task; the first failure fails the load (the others are cancelled). */
    static void awaitAll(List<? extends Future<?>> tasks) {
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            tasks.forEach(task -> task.cancel(true));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new DemoLoadException("Loading the demo failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tasks.forEach(task -> task.cancel(true));
            throw new DemoLoadException("Interrupted while loading the demo", e);
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
