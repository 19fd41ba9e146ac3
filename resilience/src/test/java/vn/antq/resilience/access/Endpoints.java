package vn.antq.resilience.access;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.kit.security.Role;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Clerks;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.api.Multipart;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * Every endpoint of the matrix, with how to call it on the Women's Union's records in district 615: a record of the
 * right kind and state is made for each call that must succeed (a fresh nomination to decide on, a fresh approved
 * award to confer ...), and one shared record serves the calls that must be refused, which must leave it as it was.
 */
final class Endpoints {

    /** What an allowed call does to the service's data. */
    enum Effect { READ, CREATE, CHANGE, IMPORT, REFERENCE, REBUILD }

    /** A call as the matrix makes it; {@code aggregateId} names the record an allowed write changes (for the audit). */
    record Call(String method, String path, String contentType, byte[] body, Map<String, String> headers,
                String aggregateId) {
    }

    /**
     * One endpoint: its service ({@code null} kind for analytics), what an allowed call does, the statuses that mean
     * allowed, and how to make a call for a cell that must be allowed ({@code true}) or refused ({@code false}).
     */
    record Endpoint(String service, String name, Kind kind, Effect effect, Set<Integer> allowed,
                    Function<Boolean, Call> call) {

        /** The collections whose documents and events an allowed call changes: a step, the units' periods. */
        String[] collections() {
            return name.contains("/api/v1/periods/") && effect != Effect.READ ? new String[] {PERIODS}
                    : kind.outboxCollections();
        }

        Http http(Platform platform) {
            return kind == null ? platform.analytics().http() : platform.service(kind).http();
        }
    }

    private static final String WU = Caller.OWN_AGENCY;
    /** The recording services' collection of the units' periods, which the steps change. */
    static final String PERIODS = "periods";
    /** The commune's report of a month of its records (never submitted: read as OPEN). */
    private static final String PERIOD = "/api/v1/periods/" + WU + "/" + Caller.COMMUNE + "/2024-05";
    private static final String MONTHS = "from=2024-01&to=2024-06";
    private static final String MATERIALS = "/api/v1/materials";
    private static final String DISTRIBUTIONS = "/api/v1/distributions";

    private final Platform platform;
    private final Clerks clerks;
    private final Map<String, String> shared = new LinkedHashMap<>();
    private final AtomicInteger periods = new AtomicInteger();
    private final AtomicInteger stepMonths = new AtomicInteger();
    /** The police's outcome figures are of the matrix's commune: each POST a month of its own, the shared record another. */
    private static final String OUTCOME_COMMUNE = Caller.COMMUNE;
    private static final String SHARED_OUTCOME_MONTH = "2024-12";
    private final AtomicInteger outcomeMonths = new AtomicInteger();

    Endpoints(Platform platform) {
        this.platform = platform;
        this.clerks = new Clerks(platform);
    }

    List<Endpoint> all() {
        String place = "agency=" + WU + "&locality=" + Caller.DISTRICT;
        String wider = "agency=" + WU + "&locality=" + Caller.PROVINCE;
        return List.of(
                endpoint("event-service", "POST /api/v1/activities", Kind.EVENTS, Effect.CREATE, Set.of(201),
                        allowed -> json("POST", "/api/v1/activities", activity().json(), Map.of(), null)),
                endpoint("event-service", "GET /api/v1/activities/{id}", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/activities/" + sharedActivity())),
                endpoint("event-service", "PUT /api/v1/activities/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedActivity();
                    return json("PUT", "/api/v1/activities/" + id, activity().json(), ifMatch(platform.events().http(),
                            "/api/v1/activities/" + id), id);
                }),
                endpoint("event-service", "DELETE /api/v1/activities/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = allowed ? newActivity() : sharedActivity();
                    return new Call("DELETE", "/api/v1/activities/" + id, null, null,
                            ifMatch(platform.events().http(), "/api/v1/activities/" + id), id);
                }),
                endpoint("event-service", "GET /api/v1/activities?agency&locality", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/activities?" + place)),
                endpoint("event-service", "GET /api/v1/activities?locality=province", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/activities?locality=" + Caller.PROVINCE)),
                endpoint("event-service", "GET /api/v1/activities?agency=FARMERS", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/activities?agency=FARMERS")),
                endpoint("event-service", "GET /api/v1/activities", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/activities")),
                endpoint("event-service", "POST /api/v1/activities/import", Kind.EVENTS, Effect.IMPORT, Set.of(200),
                        allowed -> new Call("POST", "/api/v1/activities/import", "text/csv", importFile(), Map.of(), null)),
                // The import's template holds no records: anyone signed in downloads it.
                endpoint("event-service", "GET /api/v1/activities/import/template", Kind.EVENTS, Effect.READ,
                        Set.of(200), allowed -> get("/api/v1/activities/import/template")),
                endpoint("event-service", "GET /api/v1/periods/{agency}/{unit}/{period}", Kind.EVENTS, Effect.READ,
                        Set.of(200), allowed -> get(PERIOD)),
                endpoint("event-service", "GET /api/v1/periods?agency&locality", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/periods?" + place)),
                submit("event-service", Kind.EVENTS),
                decide("event-service", Kind.EVENTS, "approve"),
                decide("event-service", Kind.EVENTS, "return"),
                decide("event-service", Kind.EVENTS, "unlock"),
                endpoint("event-service", "POST /api/v1/outcomes", Kind.EVENTS, Effect.CREATE, Set.of(201),
                        allowed -> json("POST", "/api/v1/outcomes", outcome(nextOutcomeMonth()), Map.of(), null)),
                endpoint("event-service", "GET /api/v1/outcomes/{commune}/{month}", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(sharedOutcome())),
                endpoint("event-service", "PUT /api/v1/outcomes/{commune}/{month}", Kind.EVENTS, Effect.CHANGE, Set.of(200),
                        allowed -> {
                            String path = sharedOutcome();
                            return json("PUT", path, outcome(SHARED_OUTCOME_MONTH), ifMatch(platform.events().http(), path),
                                    OUTCOME_COMMUNE + ":" + SHARED_OUTCOME_MONTH);
                        }),
                endpoint("event-service", "GET /api/v1/outcomes?locality", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/outcomes?locality=" + Caller.DISTRICT)),
                // Trainings are the Women's Union's like its activities: recorded, read, revised and cancelled alike.
                endpoint("event-service", "POST /api/v1/trainings", Kind.EVENTS, Effect.CREATE, Set.of(201),
                        allowed -> json("POST", "/api/v1/trainings", training(), Map.of(), null)),
                endpoint("event-service", "GET /api/v1/trainings/{id}", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/trainings/" + sharedTraining())),
                endpoint("event-service", "PUT /api/v1/trainings/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedTraining();
                    return json("PUT", "/api/v1/trainings/" + id, training(), ifMatch(platform.events().http(),
                            "/api/v1/trainings/" + id), id);
                }),
                endpoint("event-service", "DELETE /api/v1/trainings/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = allowed ? newTraining() : sharedTraining();
                    return new Call("DELETE", "/api/v1/trainings/" + id, null, null,
                            ifMatch(platform.events().http(), "/api/v1/trainings/" + id), id);
                }),
                endpoint("event-service", "GET /api/v1/trainings?agency&locality", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/trainings?" + place)),
                endpoint("event-service", "GET /api/v1/trainings?locality=province", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/trainings?locality=" + Caller.PROVINCE)),
                endpoint("event-service", "GET /api/v1/trainings?agency=FARMERS", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/trainings?agency=FARMERS")),
                endpoint("event-service", "GET /api/v1/trainings", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/trainings")),
                // Materials are meant to be spread: any agency's recorder issues its own, only the issuer (the Women's
                // Union) changes one like its activities, everyone signed in reads, downloads and lists them.
                endpoint("event-service", "POST /api/v1/materials", Kind.EVENTS, Effect.CREATE, Set.of(201),
                        allowed -> multipart("POST", MATERIALS, materialUpload(), Map.of(), null)),
                endpoint("event-service", "GET /api/v1/materials/{id}", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(MATERIALS + "/" + sharedMaterial())),
                endpoint("event-service", "GET /api/v1/materials/{id}/file", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(MATERIALS + "/" + sharedMaterial() + "/file")),
                endpoint("event-service", "PUT /api/v1/materials/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedMaterial();
                    return json("PUT", MATERIALS + "/" + id, Bodies.json(material()), ifMatch(platform.events().http(),
                            MATERIALS + "/" + id), id);
                }),
                endpoint("event-service", "PUT /api/v1/materials/{id}/file", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedMaterial();
                    return multipart("PUT", MATERIALS + "/" + id + "/file", new Multipart().file("file", "Tờ rơi tái bản.pdf",
                            "application/pdf", Bodies.pdf("Tai ban " + UUID.randomUUID())),
                            ifMatch(platform.events().http(), MATERIALS + "/" + id), id);
                }),
                endpoint("event-service", "DELETE /api/v1/materials/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = allowed ? newMaterial() : sharedMaterial();
                    return new Call("DELETE", MATERIALS + "/" + id, null, null,
                            ifMatch(platform.events().http(), MATERIALS + "/" + id), id);
                }),
                endpoint("event-service", "GET /api/v1/materials?agency&locality", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(MATERIALS + "?" + place)),
                endpoint("event-service", "GET /api/v1/materials?locality=province", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(MATERIALS + "?locality=" + Caller.PROVINCE)),
                endpoint("event-service", "GET /api/v1/materials?agency=FARMERS", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(MATERIALS + "?agency=FARMERS")),
                endpoint("event-service", "GET /api/v1/materials", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(MATERIALS)),
                // Distributions are the distributing agency's records like its activities (the Women's Union's, to the
                // commune), but any agency's recorder distributes a material of the library, as its own, inside.
                endpoint("event-service", "POST /api/v1/materials/{id}/distributions", Kind.EVENTS, Effect.CREATE,
                        Set.of(201), allowed -> json("POST", MATERIALS + "/" + sharedMaterial() + "/distributions",
                                distribution(), Map.of(), null)),
                endpoint("event-service", "GET /api/v1/distributions/{id}", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(DISTRIBUTIONS + "/" + sharedDistribution())),
                endpoint("event-service", "PUT /api/v1/distributions/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedDistribution();
                    return json("PUT", DISTRIBUTIONS + "/" + id, distribution(), ifMatch(platform.events().http(),
                            DISTRIBUTIONS + "/" + id), id);
                }),
                endpoint("event-service", "DELETE /api/v1/distributions/{id}", Kind.EVENTS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = allowed ? newDistribution() : sharedDistribution();
                    return new Call("DELETE", DISTRIBUTIONS + "/" + id, null, null,
                            ifMatch(platform.events().http(), DISTRIBUTIONS + "/" + id), id);
                }),
                endpoint("event-service", "GET /api/v1/distributions?agency&locality", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(DISTRIBUTIONS + "?" + place)),
                endpoint("event-service", "GET /api/v1/distributions?locality=province", Kind.EVENTS, Effect.READ,
                        Set.of(200), allowed -> get(DISTRIBUTIONS + "?locality=" + Caller.PROVINCE)),
                endpoint("event-service", "GET /api/v1/distributions?agency=FARMERS", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(DISTRIBUTIONS + "?agency=FARMERS")),
                endpoint("event-service", "GET /api/v1/distributions", Kind.EVENTS, Effect.READ, Set.of(200),
                        allowed -> get(DISTRIBUTIONS)),
                audit("event-service", Kind.EVENTS),
                endpoint("model-service", "POST /api/v1/models", Kind.MODELS, Effect.CREATE, Set.of(201),
                        allowed -> json("POST", "/api/v1/models", Bodies.json(model()), Map.of(), null)),
                endpoint("model-service", "GET /api/v1/models/{id}", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/models/" + sharedModel("read"))),
                endpoint("model-service", "PUT /api/v1/models/{id}", Kind.MODELS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedModel("changed");
                    return json("PUT", "/api/v1/models/" + id, Bodies.json(model()), ifMatch(platform.models().http(),
                            "/api/v1/models/" + id), id);
                }),
                endpoint("model-service", "POST /api/v1/models/{id}/status", Kind.MODELS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedModel("status");
                    Answer current = platform.models().http().get("/api/v1/models/" + id, platform.tokens().admin());
                    String next = "ACTIVE".equals(current.text("status")) ? "SUSPENDED" : "ACTIVE";
                    return json("POST", "/api/v1/models/" + id + "/status", "{\"status\": \"" + next + "\"}",
                            Map.of("If-Match", current.etag()), id);
                }),
                endpoint("model-service", "POST /api/v1/models/{id}/reports", Kind.MODELS, Effect.CREATE, Set.of(201), allowed -> {
                    String id = sharedModel("reports");
                    Map<String, Object> report = Bodies.report(1, new Random(periods.get()));
                    report.put("period", LocalDate.of(2023, 4, 1).plusMonths(periods.getAndIncrement()).toString().substring(0, 7));
                    return json("POST", "/api/v1/models/" + id + "/reports", Bodies.json(report), Map.of(), null);
                }),
                endpoint("model-service", "GET /api/v1/models/{id}/reports", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/models/" + sharedModel("read") + "/reports")),
                endpoint("model-service", "GET /api/v1/models?agency&locality", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/models?" + place)),
                endpoint("model-service", "GET /api/v1/models?locality=province", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/models?locality=" + Caller.PROVINCE)),
                endpoint("model-service", "GET /api/v1/models?agency=FARMERS", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/models?agency=FARMERS")),
                endpoint("model-service", "GET /api/v1/models", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/models")),
                endpoint("model-service", "POST /api/v1/model-types", Kind.MODELS, Effect.REFERENCE, Set.of(201),
                        allowed -> json("POST", "/api/v1/model-types", Bodies.json(Map.of("code",
                                "MATRIX_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                                "labelVi", "Tổ bảo vệ dân phố", "labelEn", "Street watch team")), Map.of(), null)),
                endpoint("model-service", "GET /api/v1/model-types", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/model-types")),
                endpoint("model-service", "GET /api/v1/periods/{agency}/{unit}/{period}", Kind.MODELS, Effect.READ,
                        Set.of(200), allowed -> get(PERIOD)),
                endpoint("model-service", "GET /api/v1/periods?agency&locality", Kind.MODELS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/periods?" + place)),
                submit("model-service", Kind.MODELS),
                decide("model-service", Kind.MODELS, "approve"),
                decide("model-service", Kind.MODELS, "return"),
                decide("model-service", Kind.MODELS, "unlock"),
                audit("model-service", Kind.MODELS),
                endpoint("award-service", "POST /api/v1/reviews", Kind.AWARDS, Effect.CREATE, Set.of(201),
                        allowed -> json("POST", "/api/v1/reviews", Bodies.json(review()), Map.of(), null)),
                endpoint("award-service", "GET /api/v1/reviews/{id}", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/reviews/" + sharedReview())),
                endpoint("award-service", "PUT /api/v1/reviews/{id}", Kind.AWARDS, Effect.CHANGE, Set.of(200), allowed -> {
                    String id = sharedReview();
                    return json("PUT", "/api/v1/reviews/" + id, Bodies.json(review()),
                            ifMatch(platform.awards().http(), "/api/v1/reviews/" + id), id);
                }),
                endpoint("award-service", "GET /api/v1/reviews?agency&locality", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/reviews?" + place)),
                endpoint("award-service", "GET /api/v1/reviews?locality=province", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/reviews?locality=" + Caller.PROVINCE)),
                endpoint("award-service", "GET /api/v1/reviews?agency=FARMERS", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/reviews?agency=FARMERS")),
                endpoint("award-service", "GET /api/v1/reviews", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/reviews")),
                endpoint("award-service", "POST /api/v1/awards", Kind.AWARDS, Effect.CREATE, Set.of(201),
                        allowed -> json("POST", "/api/v1/awards", Bodies.json(nomination()), Map.of(), null)),
                endpoint("award-service", "GET /api/v1/awards/{id}", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/awards/" + shared("award-read", () -> nominated().text("id")))),
                endpoint("award-service", "POST /api/v1/awards/{id}/decision", Kind.AWARDS, Effect.CHANGE, Set.of(200), allowed -> {
                    Answer award = allowed ? nominated() : sharedAward("nominated", this::nominated);
                    return json("POST", "/api/v1/awards/" + award.text("id") + "/decision",
                            Bodies.json(Bodies.approval("Chủ tịch UBND huyện Đắk Hà", UUID.randomUUID() + "/QĐ-UBND")),
                            Map.of("If-Match", award.etag()), award.text("id"));
                }),
                endpoint("award-service", "POST /api/v1/awards/{id}/confer", Kind.AWARDS, Effect.CHANGE, Set.of(200), allowed -> {
                    Answer award = allowed ? approved() : sharedAward("approved", this::approved);
                    return new Call("POST", "/api/v1/awards/" + award.text("id") + "/confer", null, null,
                            Map.of("If-Match", award.etag()), award.text("id"));
                }),
                endpoint("award-service", "POST /api/v1/awards/{id}/revoke", Kind.AWARDS, Effect.CHANGE, Set.of(200), allowed -> {
                    Answer award = allowed ? conferred() : sharedAward("conferred", this::conferred);
                    return json("POST", "/api/v1/awards/" + award.text("id") + "/revoke",
                            "{\"reason\": \"Phát hiện kê khai không đúng thành tích\"}", Map.of("If-Match", award.etag()),
                            award.text("id"));
                }),
                endpoint("award-service", "GET /api/v1/awards?agency&locality", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/awards?" + place)),
                endpoint("award-service", "GET /api/v1/awards?locality=province", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/awards?locality=" + Caller.PROVINCE)),
                endpoint("award-service", "GET /api/v1/awards?agency=FARMERS", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/awards?agency=FARMERS")),
                endpoint("award-service", "GET /api/v1/awards", Kind.AWARDS, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/awards")),
                audit("award-service", Kind.AWARDS),
                analytics("participation", place),
                analytics("coordination", place),
                analytics("models", place),
                analytics("awards", place),
                analytics("reviews", place),
                analytics("trainings", place),
                analytics("materials", place),
                // A commune's outcome figures are the police's and OPS's; districts and provinces anyone's.
                endpoint("analytics-service", "GET /api/v1/analytics/outcomes?locality", null, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/analytics/outcomes?locality=" + Caller.DISTRICT + "&groupBy=year")),
                endpoint("analytics-service", "GET /api/v1/analytics/outcomes?locality&groupBy=commune", null, Effect.READ,
                        Set.of(200), allowed -> get("/api/v1/analytics/outcomes?locality=" + Caller.DISTRICT
                                + "&groupBy=commune,year")),
                endpoint("analytics-service", "GET /api/v1/analytics/reporting?agency&locality", null, Effect.READ,
                        Set.of(200), allowed -> get("/api/v1/analytics/reporting?" + place + "&" + MONTHS)),
                // Wider than a district token: 403, not narrowed to the token's locality.
                wider("participation", "agency&locality=province", wider),
                wider("coordination", "agency&locality=province", wider),
                wider("models", "agency&locality=province", wider),
                wider("awards", "agency&locality=province", wider),
                wider("reviews", "agency&locality=province", wider),
                wider("trainings", "agency&locality=province", wider),
                wider("materials", "agency&locality=province", wider),
                wider("reporting", "agency&locality=province", wider + "&" + MONTHS),
                wider("shortcomings", "locality=province", "locality=" + Caller.PROVINCE),
                wider("report", "locality=province", "locality=" + Caller.PROVINCE + "&format=json"),
                endpoint("analytics-service", "GET /api/v1/analytics/freshness", null, Effect.READ, Set.of(200),
                        allowed -> get("/api/v1/analytics/freshness")),
                endpoint("analytics-service", "POST /api/v1/analytics/rebuild", null, Effect.REBUILD, Set.of(202, 409),
                        allowed -> new Call("POST", "/api/v1/analytics/rebuild", null, null, Map.of(), null)),
                endpoint("analytics-service", "GET /api/v1/analytics/rebuild/{id}", null, Effect.READ, Set.of(404),
                        allowed -> get("/api/v1/analytics/rebuild/" + UUID.randomUUID())));
    }

    private static Endpoint endpoint(String service, String name, Kind kind, Effect effect, Set<Integer> allowed,
                                     Function<Boolean, Call> call) {
        return new Endpoint(service, name, kind, effect, allowed, call);
    }

    /**
     * Submitting the commune's report of a month: an allowed call submits a month nobody has (the period is created
     * with its first event); a refused one names December 2019, which stays unsubmitted.
     */
    private Endpoint submit(String service, Kind kind) {
        return endpoint(service, "POST /api/v1/periods/{agency}/{unit}/{period}/submit", kind, Effect.CREATE,
                Set.of(200), allowed -> new Call("POST", periodPath(allowed ? nextMonth() : "2019-12") + "/submit", null,
                        null, Map.of(), null));
    }

    /**
     * A decision on the commune's report (approve, return, unlock): an allowed call decides a month submitted (and for
     * an unlock, approved) for it; a refused one a shared month in that state, which must stay in it.
     */
    private Endpoint decide(String service, Kind kind, String step) {
        String body = step.equals("approve") ? null : "{\"reason\": \"Kiểm tra quyền\"}";
        return endpoint(service, "POST /api/v1/periods/{agency}/{unit}/{period}/" + step, kind, Effect.CHANGE,
                Set.of(200), allowed -> {
                    String month = allowed ? preparedMonth(kind, step) : shared.computeIfAbsent(service + " " + step,
                            key -> preparedMonth(kind, step));
                    String id = "ACTIVITIES:" + WU + ":" + Caller.COMMUNE + ":" + month;
                    if (kind == Kind.MODELS) {
                        id = "MODEL_REPORTS" + id.substring("ACTIVITIES".length());
                    }
                    return body == null ? new Call("POST", periodPath(month) + "/" + step, null, null, Map.of(), id)
                            : json("POST", periodPath(month) + "/" + step, body, Map.of(), id);
                });
    }

    /** A month of 2020 or later that no call has used, submitted by a recorder and, for an unlock, approved. */
    private String preparedMonth(Kind kind, String step) {
        String month = nextMonth();
        Http http = platform.service(kind).http();
        CleanAnswers.requireClean(http.postJson(periodPath(month) + "/submit", platform.tokens().recorder(WU), "{}"));
        if (step.equals("unlock")) {
            String districtApprover = platform.tokens().of("matrix-district-approver", WU, Caller.DISTRICT,
                    List.of(Role.APPROVER));
            CleanAnswers.requireClean(http.postJson(periodPath(month) + "/approve", districtApprover, "{}"));
        }
        return month;
    }

    private String nextMonth() {
        return LocalDate.of(2020, 1, 1).plusMonths(stepMonths.getAndIncrement()).toString().substring(0, 7);
    }

    private static String periodPath(String month) {
        return "/api/v1/periods/" + WU + "/" + Caller.COMMUNE + "/" + month;
    }

    private Endpoint audit(String service, Kind kind) {
        return endpoint(service, "GET /api/v1/audit", kind, Effect.READ, Set.of(200), allowed -> get("/api/v1/audit?size=5"));
    }

    private Endpoint analytics(String answer, String place) {
        return endpoint("analytics-service", "GET /api/v1/analytics/" + answer + "?agency&locality", null, Effect.READ,
                Set.of(200), allowed -> get("/api/v1/analytics/" + answer + "?" + place));
    }

    /** An analytics answer asked for a whole province: {@code name} says which parameters, {@code query} their values. */
    private Endpoint wider(String answer, String name, String query) {
        return endpoint("analytics-service", "GET /api/v1/analytics/" + answer + "?" + name, null, Effect.READ,
                Set.of(200), allowed -> get("/api/v1/analytics/" + answer + "?" + query));
    }

    private static Call get(String path) {
        return new Call("GET", path, null, null, Map.of(), null);
    }

    private static Call multipart(String method, String path, Multipart body, Map<String, String> headers,
                                  String aggregateId) {
        return new Call(method, path, body.contentType(), body.bytes(), headers, aggregateId);
    }

    private static Call json(String method, String path, String json, Map<String, String> headers, String aggregateId) {
        return new Call(method, path, Http.JSON, json.getBytes(StandardCharsets.UTF_8), headers, aggregateId);
    }

    private Map<String, String> ifMatch(Http http, String path) {
        return Map.of("If-Match", http.get(path, platform.tokens().admin()).etag());
    }

    private static Activity activity() {
        return new Activity(WU, List.of(), Caller.PROVINCE, Caller.DISTRICT, Caller.COMMUNE, ActivityKind.VILLAGE_MEETING,
                "Họp thôn tuyên truyền phòng chống tội phạm " + UUID.randomUUID(), LocalDate.of(2024, 5, 10), 120, 60, 40,
                0, 0);
    }

    private byte[] importFile() {
        Activity activity = activity();
        return ("agency,level,province,district,commune,kind,title,startDate,participants\n" + WU + ",COMMUNE,"
                + activity.province() + "," + activity.district() + "," + activity.commune() + ",VILLAGE_MEETING,"
                + activity.title() + ",2024-05-10,80\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> place() {
        return Map.of("province", Caller.PROVINCE, "district", Caller.DISTRICT, "commune", Caller.COMMUNE);
    }

    private static Map<String, Object> model() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Tổ phụ nữ tuyên truyền pháp luật " + UUID.randomUUID().toString().substring(0, 8));
        body.put("type", "WOMEN_LEGAL_OUTREACH_TEAM");
        body.put("agency", WU);
        body.put("partnerAgencies", List.of("POLICE"));
        body.put("locality", place());
        body.put("village", "Thôn 3");
        body.put("establishedOn", "2023-03-08");
        body.put("members", 25);
        return body;
    }

    private static Map<String, Object> review() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "INTERIM");
        body.put("organiser", WU);
        body.put("agencies", List.of(WU));
        body.put("level", "DISTRICT");
        body.put("locality", Map.of("province", Caller.PROVINCE, "district", Caller.DISTRICT));
        body.put("heldOn", "2024-12-12");
        body.put("periodFrom", "2024-01-01");
        body.put("periodTo", "2024-11-30");
        body.put("title", "Sơ kết phong trào năm 2024 của Hội Phụ nữ huyện Đắk Hà " + UUID.randomUUID().toString().substring(0, 8));
        return body;
    }

    private Map<String, Object> nomination() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "CERTIFICATE_OF_COMMENDATION");
        body.put("recipientType", "COLLECTIVE");
        body.put("recipientName", "Chi hội phụ nữ thôn 3 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("recipientAgency", WU);
        body.put("locality", place());
        body.put("reviewId", sharedReview());
        body.put("citation", "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024");
        body.put("activityIds", List.of());
        body.put("modelIds", List.of());
        return body;
    }

    /** A month from January 2019 on (the commune's 2019-2024 structure), a new one at each call. */
    private String nextOutcomeMonth() {
        return LocalDate.of(2019, 1, 1).plusMonths(outcomeMonths.getAndIncrement()).toString().substring(0, 7);
    }

    private static String outcome(String month) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locality", place());
        body.put("month", month);
        body.put("drugCrimes", 1);
        body.put("propertyCrimes", 2);
        body.put("crimeReports", 3);
        body.put("disputesMediated", 4);
        body.put("securityIncidents", 1);
        return Bodies.json(body);
    }

    /** The police's record of the commune's shared month, made once by a police recorder; its address. */
    private String sharedOutcome() {
        return shared("outcome", () -> {
            Answer answer = platform.events().http().postJson("/api/v1/outcomes",
                    platform.tokens().recorder(Caller.OTHER_AGENCY), outcome(SHARED_OUTCOME_MONTH));
            created(answer);
            return "/api/v1/outcomes/" + OUTCOME_COMMUNE + "/" + SHARED_OUTCOME_MONTH;
        });
    }

    /** A training of the Women's Union in the matrix's commune, for its own staff there. */
    private static String training() {
        return Bodies.json(Bodies.training(WU, place(), UUID.randomUUID().toString(), 12));
    }

    private String newTraining() {
        return created(platform.events().http().postJson("/api/v1/trainings", platform.tokens().recorder(WU), training()));
    }

    private String sharedTraining() {
        return shared("training", this::newTraining);
    }

    /** A leaflet of the Women's Union issued at the matrix's commune; its upload with a PDF. */
    private static Map<String, Object> material() {
        return Bodies.material(place(), UUID.randomUUID().toString());
    }

    private static Multipart materialUpload() {
        return Bodies.upload(material(), Bodies.pdf("Canh giac lua dao " + UUID.randomUUID()));
    }

    private String newMaterial() {
        return created(platform.events().http().sendMultipart("POST", MATERIALS, platform.tokens().recorder(WU),
                materialUpload(), Map.of()));
    }

    private String sharedMaterial() {
        return shared("material", this::newMaterial);
    }

    /** The shared material received by the matrix's commune: printed copies and its file. */
    private static String distribution() {
        return Bodies.json(Bodies.distribution(place(), 50 + new Random().nextInt(100)));
    }

    /** A distribution of the Women's Union, of the shared material to the matrix's commune. */
    private String newDistribution() {
        return created(platform.events().http().postJson(MATERIALS + "/" + sharedMaterial() + "/distributions",
                platform.tokens().recorder(WU), distribution()));
    }

    private String sharedDistribution() {
        return shared("distribution", this::newDistribution);
    }

    private String newActivity() {
        return created(platform.events().http().postJson("/api/v1/activities", platform.tokens().recorder(WU),
                activity().json()));
    }

    private String sharedActivity() {
        return shared("activity", this::newActivity);
    }

    private String sharedModel(String name) {
        return shared("model-" + name, () -> created(clerks.registerModel(WU, model())));
    }

    private String sharedReview() {
        return shared("review", () -> created(clerks.holdReview(WU, review())));
    }

    private Answer nominated() {
        Answer award = clerks.nominate(WU, nomination());
        created(award);
        return award;
    }

    private Answer approved() {
        Answer award = nominated();
        return ok(clerks.approve(WU, award.text("id"), award.etag(),
                Bodies.approval("Chủ tịch UBND huyện Đắk Hà", UUID.randomUUID() + "/QĐ-UBND")));
    }

    private Answer conferred() {
        Answer award = approved();
        return ok(clerks.confer(WU, award.text("id"), award.etag()));
    }

    /** An award kept for the refused calls: they must leave it, ETag included, as it is. */
    private final Map<String, Answer> sharedAwards = new LinkedHashMap<>();

    private synchronized Answer sharedAward(String name, Supplier<Answer> create) {
        return sharedAwards.computeIfAbsent(name, key -> create.get());
    }

    private synchronized String shared(String name, Supplier<String> create) {
        String id = shared.get(name);
        if (id == null) {
            id = create.get();
            shared.put(name, id);
        }
        return id;
    }

    private static String created(Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("Cannot prepare the matrix: " + answer.describe());
        }
        return answer.text("id");
    }

    private static Answer ok(Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("Cannot prepare the matrix: " + answer.describe());
        }
        return answer;
    }
}
