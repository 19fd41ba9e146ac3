package vn.antq.resilience.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import vn.antq.resilience.api.ActivityRecorder;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Agencies;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;

/**
 * A day's work of four agencies, compressed: activities recorded, revised and cancelled; models registered,
 * suspended and reporting; reviews held; awards nominated, approved and conferred; and ops staff reading the
 * analytics, all at once at a fixed rate for a fixed time (open loop: a request starts on its schedule whether or
 * not the ones before have finished, up to a bound on requests in flight). Only against this run's localhost
 * services; it stops by itself.
 */
final class MixedLoad {

    /** Operations and their weights in the mix (out of 100). */
    private static final Map<String, Integer> MIX = new LinkedHashMap<>();

    static {
        MIX.put("activity.record", 22);
        MIX.put("activity.revise", 6);
        MIX.put("activity.cancel", 2);
        MIX.put("model.register", 8);
        MIX.put("model.suspend", 2);
        MIX.put("model.report", 10);
        MIX.put("review.hold", 3);
        MIX.put("award.nominate", 6);
        MIX.put("award.approve", 4);
        MIX.put("award.confer", 4);
        MIX.put("read.participation", 10);
        MIX.put("read.coordination", 5);
        MIX.put("read.models", 6);
        MIX.put("read.awards", 5);
        MIX.put("read.reviews", 4);
        MIX.put("read.freshness", 3);
    }

    private record Model(String id, String agency, long version, int reports) {
    }

    private record Award(String id, String agency, String etag) {
    }

    private final Platform platform;
    private final Places places;
    private final String run;
    private final Random choices;
    private final AcceptedActivities book = new AcceptedActivities();
    private final ActivityRecorder recorder;
    private final Latencies latencies = new Latencies();
    private final List<String> dirty = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> activities = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Model> models = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Award> nominated = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Award> approved = new ConcurrentLinkedQueue<>();
    private final Map<String, String> reviewOf = new LinkedHashMap<>();
    private final AtomicLong modelsRegistered = new AtomicLong();
    private final AtomicLong modelsSuspended = new AtomicLong();
    private final AtomicLong reportsFiled = new AtomicLong();
    private final AtomicLong reviewsHeld = new AtomicLong();
    private final AtomicLong awardsNominated = new AtomicLong();
    private final AtomicLong awardsApproved = new AtomicLong();
    private final AtomicLong awardsConferred = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong lateStarts = new AtomicLong();

    MixedLoad(Platform platform, Places places, long seed, String run) {
        this.platform = platform;
        this.places = places;
        this.run = run;
        this.choices = new Random(seed);
        this.recorder = new ActivityRecorder(platform.events().http(), platform.tokens(), book);
    }

    /** What the load created, as analytics must show it for the province. */
    record Expected(Map<String, Long> participation, long active, long suspended, long reports, long reviews,
                    long nominated, long approved, long conferred) {
    }

    /** What the run did: requests, the late starts of an overloaded schedule, answers that were not clean. */
    record Outcome(int requests, int errors, long lateStarts, List<String> dirty, List<Latencies.Summary> summaries,
                   Duration took) {
    }

    /** One review per agency for the nominations to refer to, held before the clock starts. */
    void prepare() {
        for (String agency : Agencies.ALL) {
            Answer review = write("review.hold", platform.awards().http(), "/api/v1/reviews", platform.tokens().recorder(agency),
                    Bodies.json(Bodies.review(agency, places.province(), run + "-" + agency)), Map.of());
            if (review.status() != 201) {
                throw new AssertionError("Cannot prepare the load: " + review.describe());
            }
            reviewOf.put(agency, review.text("id"));
            reviewsHeld.incrementAndGet();
        }
    }

    Outcome run(double perSecond, Duration duration, int maxInFlight) {
        ExecutorService workers = Executors.newFixedThreadPool(maxInFlight, runnable -> {
            Thread thread = new Thread(runnable, "load-worker");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(maxInFlight);
        long intervalNanos = (long) (1e9 / perSecond);
        long total = (long) (perSecond * duration.toMillis() / 1000.0);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                lateStarts.incrementAndGet();
                inFlight.acquireUninterruptibly();
            }
            String operation = pick();
            workers.execute(() -> {
                try {
                    perform(operation, due);
                } catch (RuntimeException | AssertionError e) {
                    dirty.add(operation + ": " + e);
                } finally {
                    inFlight.release();
                }
            });
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.MINUTES)) {
                dirty.add("requests still running 5 minutes after the schedule ended");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Outcome(latencies.requests(), latencies.errors(), lateStarts.get(), List.copyOf(dirty),
                latencies.summaries(), Duration.ofNanos(System.nanoTime() - start));
    }

    Expected expected() {
        long conferred = awardsConferred.get();
        long approvedNow = awardsApproved.get() - conferred;
        long nominatedNow = awardsNominated.get() - awardsApproved.get();
        return new Expected(book.expectedParticipation(), modelsRegistered.get() - modelsSuspended.get(),
                modelsSuspended.get(), reportsFiled.get(), reviewsHeld.get(), nominatedNow, approvedNow, conferred);
    }

    AcceptedActivities book() {
        return book;
    }

    private synchronized String pick() {
        int dice = choices.nextInt(100);
        for (Map.Entry<String, Integer> entry : MIX.entrySet()) {
            dice -= entry.getValue();
            if (dice < 0) {
                return entry.getKey();
            }
        }
        return "activity.record";
    }

    private void perform(String operation, long due) {
        Random random = new Random(sequence.incrementAndGet() * 7919 + 17);
        String agency = Agencies.any(random);
        Supplier<Answer> fallback = () -> timed("activity.record", due, () -> recordActivity(agency, random));
        switch (operation) {
            case "activity.record" -> fallback.get();
            case "activity.revise", "activity.cancel" -> {
                String id = activities.poll();
                if (id == null) {
                    fallback.get();
                    return;
                }
                if (operation.equals("activity.cancel")) {
                    timed(operation, due, () -> recorder.cancel(id));
                } else {
                    timed(operation, due, () -> recorder.revise(id, book.state(id).activity().revised(random)));
                    activities.add(id);
                }
            }
            case "model.register" -> {
                Answer answer = timed(operation, due, () -> write(operation, platform.models().http(), "/api/v1/models",
                        platform.tokens().recorder(agency),
                        Bodies.json(Bodies.randomModel(agency, places, random, run + "-" + sequence.get())), Map.of()));
                if (answer.status() == 201) {
                    modelsRegistered.incrementAndGet();
                    models.add(new Model(answer.text("id"), agency, answer.json().path("version").asLong(), 0));
                }
            }
            case "model.suspend", "model.report" -> {
                Model model = models.poll();
                if (model == null) {
                    fallback.get();
                    return;
                }
                if (operation.equals("model.suspend")) {
                    Answer answer = timed(operation, due, () -> write(operation, platform.models().http(),
                            "/api/v1/models/" + model.id() + "/status", platform.tokens().recorder(model.agency()),
                            "{\"status\": \"SUSPENDED\", \"reason\": \"Tạm dừng để kiện toàn tổ\"}",
                            Map.of("If-Match", "\"" + model.version() + "\"")));
                    if (answer.status() == 200) {
                        modelsSuspended.incrementAndGet();
                    }
                    return;
                }
                if (model.reports() >= 4) {
                    fallback.get();
                    return;
                }
                Answer answer = timed(operation, due, () -> write(operation, platform.models().http(),
                        "/api/v1/models/" + model.id() + "/reports", platform.tokens().recorder(model.agency()),
                        Bodies.json(Bodies.report(model.reports() + 1, random)), Map.of()));
                if (answer.status() == 201) {
                    reportsFiled.incrementAndGet();
                }
                models.add(new Model(model.id(), model.agency(), model.version(), model.reports() + 1));
            }
            case "review.hold" -> {
                Answer answer = timed(operation, due, () -> write(operation, platform.awards().http(), "/api/v1/reviews",
                        platform.tokens().recorder(agency),
                        Bodies.json(Bodies.review(agency, places.province(), run + "-" + sequence.get())), Map.of()));
                if (answer.status() == 201) {
                    reviewsHeld.incrementAndGet();
                }
            }
            case "award.nominate" -> {
                Answer answer = timed(operation, due, () -> write(operation, platform.awards().http(), "/api/v1/awards",
                        platform.tokens().recorder(agency), Bodies.json(Bodies.nomination(agency, places.anyCommune(random),
                                reviewOf.get(agency), "Chi hội " + run + "-" + sequence.get())), Map.of()));
                if (answer.status() == 201) {
                    awardsNominated.incrementAndGet();
                    nominated.add(new Award(answer.text("id"), agency, answer.etag()));
                }
            }
            case "award.approve" -> {
                Award award = nominated.poll();
                if (award == null) {
                    fallback.get();
                    return;
                }
                Answer answer = timed(operation, due, () -> write(operation, platform.awards().http(),
                        "/api/v1/awards/" + award.id() + "/decision", platform.tokens().approver(award.agency()),
                        Bodies.json(Bodies.approval("Chủ tịch UBND tỉnh", run + "-" + sequence.get() + "/QĐ-UBND")),
                        Map.of("If-Match", award.etag())));
                if (answer.status() == 200) {
                    awardsApproved.incrementAndGet();
                    approved.add(new Award(award.id(), award.agency(), answer.etag()));
                }
            }
            case "award.confer" -> {
                Award award = approved.poll();
                if (award == null) {
                    fallback.get();
                    return;
                }
                Answer answer = timed(operation, due, () -> write(operation, platform.awards().http(),
                        "/api/v1/awards/" + award.id() + "/confer", platform.tokens().recorder(award.agency()), null,
                        Map.of("If-Match", award.etag())));
                if (answer.status() == 200) {
                    awardsConferred.incrementAndGet();
                }
            }
            default -> read(operation, agency, random, due);
        }
    }

    private Answer recordActivity(String agency, Random random) {
        Answer answer = recorder.record(Activity.random(agency, places, random));
        if (answer.status() == 201) {
            activities.add(answer.text("id"));
        }
        return answer;
    }

    /** Ops staff read everything; an agency's own staff read their slice (the analytics API forces it). */
    private void read(String operation, String agency, Random random, long due) {
        String token = random.nextBoolean() ? platform.tokens().ops() : platform.tokens().recorder(agency);
        String query = switch (operation) {
            case "read.participation" -> "/participation?locality=" + places.province() + "&groupBy=agency,district,month";
            case "read.coordination" -> "/coordination?locality=" + places.province() + "&groupBy=pair,district";
            case "read.models" -> "/models?locality=" + places.province();
            case "read.awards" -> "/awards?locality=" + places.province() + "&groupBy=agency,form,year";
            case "read.reviews" -> "/reviews?locality=" + places.province();
            default -> "/freshness";
        };
        Http analytics = platform.analytics().http();
        timed(operation, due, () -> CleanAnswers.requireClean(analytics.get("/api/v1/analytics" + query, token)));
    }

    private Answer write(String operation, Http http, String path, String token, String json, Map<String, String> headers) {
        Answer answer = http.send("POST", path, token, headers, json == null ? null : Http.JSON,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        CleanAnswers.requireClean(answer);
        if (!answer.isSuccess()) {
            dirty.add(operation + " refused: " + answer.describe());
        }
        return answer;
    }

    /** Runs one request and records its time from when it was due (so an overloaded schedule shows in the times). */
    private Answer timed(String operation, long due, Supplier<Answer> request) {
        Answer answer = request.get();
        latencies.record(operation, answer.status(), System.nanoTime() - due);
        return answer;
    }

    static List<String> operations() {
        return new ArrayList<>(MIX.keySet());
    }
}
