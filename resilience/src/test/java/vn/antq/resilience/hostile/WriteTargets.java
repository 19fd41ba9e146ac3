package vn.antq.resilience.hostile;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import vn.antq.gazetteer.AdminUnit;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Clerks;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.api.Multipart;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * Every write endpoint of the three recording services, each with what a valid request to it looks like right
 * now: the record it changes is created or read first (a fresh nomination to decide on, the current version for
 * If-Match), so that the only thing wrong with a case is what the mutation put in.
 */
final class WriteTargets {

    /** What a 2xx answer does: a new record with its event, an event on an existing record, or reference data. */
    enum Effect { CREATES, CHANGES, REFERENCE }

    /**
     * A valid request; {@code body} null for an endpoint that takes none. {@code envelope} puts the (mutated) JSON into
     * what the endpoint takes when that is not a JSON body: the JSON part of an upload beside its file; null for a
     * JSON body.
     */
    record Request(String method, String path, String token, Map<String, String> headers, Map<String, Object> body,
                   UnaryOperator<Mutations.Case> envelope) {

        Request(String method, String path, String token, Map<String, String> headers, Map<String, Object> body) {
            this(method, path, token, headers, body, null);
        }

        /** The case as it is sent: in its envelope, if the endpoint takes one. */
        Mutations.Case sent(Mutations.Case json) {
            return envelope == null ? json : envelope.apply(json);
        }

        /**
         * The id in the path of a request to an existing record ({@code /api/v1/awards/{id}/decision}); an outcome record
         * is addressed by its commune and month, its id {@code commune:month}.
         */
        String recordId() {
            String[] parts = path.split("/");
            if (path.startsWith(OUTCOMES + "/") && parts.length > 5) {
                return parts[4] + ":" + parts[5];
            }
            return parts.length > 4 ? parts[4] : null;
        }
    }

    /** One endpoint: its service and the collection it writes, what a 2xx does, and how to make a valid request to it. */
    record Target(String name, Kind kind, String collection, Effect effect, Function<Random, Request> prepare) {
    }

    private static final String AGENCY = "WOMEN_UNION";
    private static final String OUTCOMES = "/api/v1/outcomes";
    private static final String MATERIALS = "/api/v1/materials";
    private static final String DISTRIBUTIONS = "/api/v1/distributions";

    private final Platform platform;
    private final Places places;
    private final Clerks clerks;
    private final Map<String, String> fixed = new HashMap<>();
    /**
     * Each valid outcome request is of a commune and month no earlier one used, in this JVM (the fuzz makes its targets
     * once per test): a record of its own.
     */
    private static final AtomicInteger OUTCOME_SLOTS = new AtomicInteger();

    WriteTargets(Platform platform, Places places) {
        this.platform = platform;
        this.places = places;
        this.clerks = new Clerks(platform);
    }

    List<Target> all() {
        String recorder = platform.tokens().recorder(AGENCY);
        return List.of(
                new Target("POST /api/v1/activities", Kind.EVENTS, "activities", Effect.CREATES, random -> new Request("POST",
                        "/api/v1/activities", recorder, Map.of(), Json.parse(Activity.random(AGENCY, places, random).json()))),
                new Target("PUT /api/v1/activities/{id}", Kind.EVENTS, "activities", Effect.CHANGES, random -> {
                    String id = fixed("activity", () -> created(platform.events().http().postJson("/api/v1/activities",
                            recorder, Activity.random(AGENCY, places, random).json())));
                    return new Request("PUT", "/api/v1/activities/" + id, recorder, ifMatch(platform.events().http(),
                            "/api/v1/activities/" + id), Json.parse(Activity.random(AGENCY, places, random).json()));
                }),
                new Target("DELETE /api/v1/activities/{id}", Kind.EVENTS, "activities", Effect.CHANGES, random -> {
                    String id = created(platform.events().http().postJson("/api/v1/activities", recorder,
                            Activity.random(AGENCY, places, random).json()));
                    return new Request("DELETE", "/api/v1/activities/" + id, recorder,
                            ifMatch(platform.events().http(), "/api/v1/activities/" + id), null);
                }),
                new Target("POST /api/v1/outcomes", Kind.EVENTS, "outcomes", Effect.CREATES, random -> new Request("POST",
                        OUTCOMES, platform.tokens().recorder("POLICE"), Map.of(), outcome(OUTCOME_SLOTS.getAndIncrement(), random))),
                new Target("PUT /api/v1/outcomes/{commune}/{month}", Kind.EVENTS, "outcomes", Effect.CHANGES, random -> {
                    String police = platform.tokens().recorder("POLICE");
                    String path = fixed("outcome", () -> {
                        Map<String, Object> first = outcome(-1, random);
                        Answer answer = platform.events().http().postJson(OUTCOMES, police, Json.write(first));
                        if (answer.status() != 409) { // 409: recorded by an earlier test's targets, revised as it is
                            created(answer);
                        }
                        return OUTCOMES + "/" + ((Map<?, ?>) first.get("locality")).get("commune") + "/" + first.get("month");
                    });
                    return new Request("PUT", path, police, ifMatch(platform.events().http(), path), outcome(-1, random));
                }),
                new Target("POST /api/v1/trainings", Kind.EVENTS, "trainings", Effect.CREATES, random -> new Request("POST",
                        "/api/v1/trainings", recorder, Map.of(), training(random))),
                new Target("PUT /api/v1/trainings/{id}", Kind.EVENTS, "trainings", Effect.CHANGES, random -> {
                    String id = fixed("training", () -> created(platform.events().http().postJson("/api/v1/trainings",
                            recorder, Json.write(training(random)))));
                    return new Request("PUT", "/api/v1/trainings/" + id, recorder, ifMatch(platform.events().http(),
                            "/api/v1/trainings/" + id), training(random));
                }),
                new Target("DELETE /api/v1/trainings/{id}", Kind.EVENTS, "trainings", Effect.CHANGES, random -> {
                    String id = created(platform.events().http().postJson("/api/v1/trainings", recorder,
                            Json.write(training(random))));
                    return new Request("DELETE", "/api/v1/trainings/" + id, recorder,
                            ifMatch(platform.events().http(), "/api/v1/trainings/" + id), null);
                }),
                new Target("POST /api/v1/materials", Kind.EVENTS, "materials", Effect.CREATES, random -> new Request("POST",
                        MATERIALS, recorder, Map.of(), material(random), WriteTargets::upload)),
                new Target("PUT /api/v1/materials/{id}", Kind.EVENTS, "materials", Effect.CHANGES, random -> {
                    String id = fixed("material", () -> issue(recorder, random));
                    return new Request("PUT", MATERIALS + "/" + id, recorder, ifMatch(platform.events().http(),
                            MATERIALS + "/" + id), material(random));
                }),
                // A new file only, no JSON to fuzz: it gets what a bodyless endpoint gets, never the multipart it takes.
                new Target("PUT /api/v1/materials/{id}/file", Kind.EVENTS, "materials", Effect.CHANGES, random -> {
                    String id = fixed("material", () -> issue(recorder, random));
                    return new Request("PUT", MATERIALS + "/" + id + "/file", recorder, ifMatch(platform.events().http(),
                            MATERIALS + "/" + id), null);
                }),
                new Target("DELETE /api/v1/materials/{id}", Kind.EVENTS, "materials", Effect.CHANGES, random -> {
                    String id = issue(recorder, random);
                    return new Request("DELETE", MATERIALS + "/" + id, recorder,
                            ifMatch(platform.events().http(), MATERIALS + "/" + id), null);
                }),
                new Target("POST /api/v1/materials/{id}/distributions", Kind.EVENTS, "distributions", Effect.CREATES,
                        random -> new Request("POST", MATERIALS + "/" + fixed("material", () -> issue(recorder, random))
                                + "/distributions", recorder, Map.of(), distribution(random))),
                new Target("PUT /api/v1/distributions/{id}", Kind.EVENTS, "distributions", Effect.CHANGES, random -> {
                    String material = fixed("material", () -> issue(recorder, random));
                    String id = fixed("distribution", () -> distribute(material, recorder, random));
                    return new Request("PUT", DISTRIBUTIONS + "/" + id, recorder, ifMatch(platform.events().http(),
                            DISTRIBUTIONS + "/" + id), distribution(random));
                }),
                new Target("DELETE /api/v1/distributions/{id}", Kind.EVENTS, "distributions", Effect.CHANGES, random -> {
                    String id = distribute(fixed("material", () -> issue(recorder, random)), recorder, random);
                    return new Request("DELETE", DISTRIBUTIONS + "/" + id, recorder,
                            ifMatch(platform.events().http(), DISTRIBUTIONS + "/" + id), null);
                }),
                new Target("POST /api/v1/models", Kind.MODELS, "models", Effect.CREATES, random -> new Request("POST",
                        "/api/v1/models", recorder, Map.of(), Bodies.randomModel(AGENCY, places, random, tag()))),
                new Target("PUT /api/v1/models/{id}", Kind.MODELS, "models", Effect.CHANGES, random -> {
                    String id = fixedModel("model-changed", random);
                    return new Request("PUT", "/api/v1/models/" + id, recorder,
                            ifMatch(platform.models().http(), "/api/v1/models/" + id),
                            Bodies.model(AGENCY, places.communes().get(0), "MEDIATION_TEAM", "sửa " + tag(), 5 + random.nextInt(30)));
                }),
                new Target("POST /api/v1/models/{id}/status", Kind.MODELS, "models", Effect.CHANGES, random -> {
                    String id = fixedModel("model-status", random);
                    Answer current = platform.models().http().get("/api/v1/models/" + id, recorder);
                    String next = "ACTIVE".equals(current.text("status")) ? "SUSPENDED" : "ACTIVE";
                    return new Request("POST", "/api/v1/models/" + id + "/status", recorder,
                            Map.of("If-Match", current.etag()), new LinkedHashMap<>(Map.of("status", next,
                                    "reason", "Kiện toàn lại tổ sau khi thay tổ trưởng")));
                }),
                new Target("POST /api/v1/models/{id}/reports", Kind.MODELS, "model_reports", Effect.CREATES, random -> {
                    String id = fixedModel("model-reports", random);
                    Map<String, Object> report = Bodies.report(1, random);
                    report.put("period", "2024-" + String.format("%02d", 1 + random.nextInt(12)));
                    return new Request("POST", "/api/v1/models/" + id + "/reports", recorder, Map.of(), report);
                }),
                new Target("POST /api/v1/model-types", Kind.MODELS, "model_types", Effect.REFERENCE, random -> new Request("POST",
                        "/api/v1/model-types", platform.tokens().admin(), Map.of(), new LinkedHashMap<>(Map.of(
                                "code", "TYPE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                                "labelVi", "Tổ an ninh xung kích", "labelEn", "Rapid security team")))),
                new Target("POST /api/v1/reviews", Kind.AWARDS, "reviews", Effect.CREATES, random -> new Request("POST",
                        "/api/v1/reviews", recorder, Map.of(), Bodies.review(AGENCY, places.province(), tag()))),
                new Target("PUT /api/v1/reviews/{id}", Kind.AWARDS, "reviews", Effect.CHANGES, random -> {
                    String id = fixedReview();
                    return new Request("PUT", "/api/v1/reviews/" + id, recorder,
                            ifMatch(platform.awards().http(), "/api/v1/reviews/" + id),
                            Bodies.review(AGENCY, places.province(), "sửa " + tag()));
                }),
                new Target("POST /api/v1/awards", Kind.AWARDS, "awards", Effect.CREATES, random -> new Request("POST",
                        "/api/v1/awards", recorder, Map.of(), nomination(random))),
                new Target("POST /api/v1/awards/{id}/decision", Kind.AWARDS, "awards", Effect.CHANGES, random -> {
                    Answer award = nominated(random);
                    Map<String, Object> decision = random.nextBoolean()
                            ? Bodies.approval("Chủ tịch UBND tỉnh", tag() + "/QĐ-UBND")
                            : new LinkedHashMap<>(Map.of("approve", false, "reason", "Chưa đủ tiêu chuẩn"));
                    return new Request("POST", "/api/v1/awards/" + award.text("id") + "/decision",
                            platform.tokens().approver(AGENCY), Map.of("If-Match", award.etag()), decision);
                }),
                new Target("POST /api/v1/awards/{id}/confer", Kind.AWARDS, "awards", Effect.CHANGES, random -> {
                    Answer award = approved(random);
                    return new Request("POST", "/api/v1/awards/" + award.text("id") + "/confer", recorder,
                            Map.of("If-Match", award.etag()), null);
                }),
                new Target("POST /api/v1/awards/{id}/revoke", Kind.AWARDS, "awards", Effect.CHANGES, random -> {
                    Answer approved = approved(random);
                    Answer conferred = clerks.confer(AGENCY, approved.text("id"), approved.etag());
                    return new Request("POST", "/api/v1/awards/" + approved.text("id") + "/revoke",
                            platform.tokens().approver(AGENCY), Map.of("If-Match", conferred.etag()),
                            new LinkedHashMap<>(Map.of("reason", "Phát hiện sai phạm sau khi khen thưởng")));
                }));
    }

    /**
     * The police's figures of a commune and month of the scenario's province: slot n is the n-th (commune, month) of
     * 2019-2024, months first; slot -1 the first commune's December 2024, kept for revisions.
     */
    private Map<String, Object> outcome(int slot, Random random) {
        List<AdminUnit> communes = places.communes();
        AdminUnit commune = slot < 0 ? communes.get(0) : communes.get((slot / 71) % communes.size());
        String month = slot < 0 ? "2024-12" : YearMonth.of(2019, 1).plusMonths(slot % 71).toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locality", Bodies.locality(commune));
        body.put("month", month);
        for (String count : List.of("drugCrimes", "propertyCrimes", "violentCrimes", "otherCrimes", "socialEvils",
                "crimeReports", "offendersReintegrated", "disputesMediated", "securityIncidents")) {
            body.put(count, random.nextInt(20));
        }
        return body;
    }

    /** A training of the Women's Union in a commune of the scenario's province, for its staff there. */
    private Map<String, Object> training(Random random) {
        return Bodies.training(AGENCY, Bodies.locality(places.anyCommune(random)), tag(), 1 + random.nextInt(60));
    }

    /** A leaflet the Women's Union issued in a commune of the scenario's province (the JSON part of its upload). */
    private Map<String, Object> material(Random random) {
        return Bodies.material(Bodies.locality(places.anyCommune(random)), tag());
    }

    /**
     * The upload of a material: the case's bytes as the JSON part {@code material}, declared as the case's content type
     * (none when it has none), beside a valid PDF; the case's headers stay the request's.
     */
    private static Mutations.Case upload(Mutations.Case json) {
        Multipart upload = new Multipart().part("material", json.contentType(), json.body())
                .file("file", "Tờ rơi cảnh giác.pdf", "application/pdf", Bodies.pdf("Canh giac " + tag()));
        return new Mutations.Case(upload.bytes(), upload.contentType(), json.headers(),
                json.description() + " (the JSON part of an upload)");
    }

    private String issue(String recorder, Random random) {
        return created(platform.events().http().sendMultipart("POST", MATERIALS, recorder,
                Bodies.upload(material(random), Bodies.pdf("Canh giac " + tag())), Map.of()));
    }

    /** The fixed material received by a commune of the scenario's province. */
    private Map<String, Object> distribution(Random random) {
        return Bodies.distribution(Bodies.locality(places.anyCommune(random)), 1 + random.nextInt(500));
    }

    private String distribute(String material, String recorder, Random random) {
        return created(platform.events().http().postJson(MATERIALS + "/" + material + "/distributions", recorder,
                Json.write(distribution(random))));
    }

    private Map<String, Object> nomination(Random random) {
        return Bodies.nomination(AGENCY, places.anyCommune(random), fixedReview(), "Chi hội phụ nữ " + tag());
    }

    private Answer nominated(Random random) {
        Answer award = clerks.nominate(AGENCY, nomination(random));
        created(award);
        return award;
    }

    private Answer approved(Random random) {
        Answer award = nominated(random);
        Answer approved = clerks.approve(AGENCY, award.text("id"), award.etag(),
                Bodies.approval("Chủ tịch UBND tỉnh", tag() + "/QĐ-UBND"));
        if (approved.status() != 200) {
            throw new IllegalStateException("Cannot prepare an approved award: " + approved.describe());
        }
        return approved;
    }

    private String fixedModel(String name, Random random) {
        return fixed(name, () -> created(clerks.registerModel(AGENCY, Bodies.randomModel(AGENCY, places, random, tag()))));
    }

    private String fixedReview() {
        return fixed("review", () -> created(clerks.holdReview(AGENCY, Bodies.review(AGENCY, places.province(), tag()))));
    }

    private synchronized String fixed(String name, Supplier<String> create) {
        return fixed.computeIfAbsent(name, key -> create.get());
    }

    /** The record's current version, read as ops staff read it. */
    private Map<String, String> ifMatch(Http http, String path) {
        return Map.of("If-Match", http.get(path, platform.tokens().admin()).etag());
    }

    private static String created(Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("Cannot prepare a case: " + answer.describe());
        }
        return answer.text("id");
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
