package vn.antq.resilience.applied;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * Every write endpoint of the recording services, each turning a {@link Draft} into its request. What a case needs
 * first (the activity to revise, the nomination to decide on) is made with an ordinary valid request and counts as
 * an accepted write like any other. A case ends with what the answer says and what the database shows: an accept
 * is handed to {@link Accepted}; a refusal must be a clean 4xx that changed nothing.
 */
final class WriteCases {

    enum Endpoint {
        CREATE_ACTIVITY, REVISE_ACTIVITY, CANCEL_ACTIVITY, IMPORT_ACTIVITIES, REGISTER_MODEL, CHANGE_MODEL,
        CHANGE_MODEL_STATUS, FILE_MODEL_REPORT, DEFINE_MODEL_TYPE, HOLD_REVIEW, REVISE_REVIEW, NOMINATE, DECIDE,
        CONFER, REVOKE
    }

    /** How one case went: the answer's status, and what was wrong (empty when nothing was). */
    record Outcome(Endpoint endpoint, int status, List<String> problems, List<String> refusedFields) {
    }

    private static final List<ActivityKind> KINDS = List.of(ActivityKind.values()).stream()
            .filter(kind -> kind.channel().isPresent()).toList();
    private static final AtomicInteger TAGS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Platform platform;
    private final Accepted accepted;
    private final Outboxes outboxes;
    private final Places places2019 = new Places(Draft.PROVINCE);
    private final Map<String, String> reviewOf = new LinkedHashMap<>();
    private final Map<String, Integer> importRows = new java.util.TreeMap<>();

    WriteCases(Platform platform, Accepted accepted) {
        this.platform = platform;
        this.accepted = accepted;
        this.outboxes = new Outboxes(platform);
    }

    Outcome run(Endpoint endpoint, Draft draft) {
        String recorder = platform.tokens().recorder(draft.agency());
        return switch (endpoint) {
            case CREATE_ACTIVITY -> created(endpoint, Kind.EVENTS, Accepted.Aggregate::activity,
                    () -> platform.events().http().postJson("/api/v1/activities", recorder, Bodies.json(activity(draft))),
                    id -> accepted.participants(id, draft.figure(MAX_PARTICIPANTS)));
            case REVISE_ACTIVITY -> {
                String id = plainActivity(draft.agency());
                yield changed(endpoint, Accepted.Aggregate.activity(id), headers -> platform.events().http()
                                .putJson("/api/v1/activities/" + id, recorder, Bodies.json(activity(draft)), headers),
                        () -> accepted.participants(id, draft.figure(MAX_PARTICIPANTS)));
            }
            case CANCEL_ACTIVITY -> {
                Answer made = platform.events().http().postJson("/api/v1/activities", recorder, Bodies.json(activity(draft)));
                String id = made.status() == 201 ? made.text("id") : plainActivity(draft.agency());
                if (made.status() == 201) {
                    accepted.accepted(Accepted.Aggregate.activity(id));
                }
                yield changed(endpoint, Accepted.Aggregate.activity(id), headers -> platform.events().http()
                        .delete("/api/v1/activities/" + id, recorder, headers), () -> accepted.participants(id, 0));
            }
            case IMPORT_ACTIVITIES -> imported(draft, recorder);
            case REGISTER_MODEL -> created(endpoint, Kind.MODELS, Accepted.Aggregate::model,
                    () -> platform.models().http().postJson("/api/v1/models", recorder, Bodies.json(model(draft, typeOf(draft)))),
                    id -> { });
            case CHANGE_MODEL -> {
                String id = plainModel(draft.agency());
                yield changed(endpoint, Accepted.Aggregate.model(id), headers -> platform.models().http()
                        .putJson("/api/v1/models/" + id, recorder, Bodies.json(model(draft, typeOf(draft))), headers), () -> { });
            }
            case CHANGE_MODEL_STATUS -> {
                String id = plainModel(draft.agency());
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", draft.either() ? "SUSPENDED" : "DISSOLVED");
                body.put("reason", draft.text(tag(), 500));
                yield changed(endpoint, Accepted.Aggregate.model(id), headers -> platform.models().http()
                        .postJson("/api/v1/models/" + id + "/status", recorder, Bodies.json(body), headers), () -> { });
            }
            case FILE_MODEL_REPORT -> {
                String modelId = plainModel(draft.agency());
                yield created(endpoint, Kind.MODELS, id -> Accepted.Aggregate.report(id, modelId),
                        () -> platform.models().http().postJson("/api/v1/models/" + modelId + "/reports", recorder,
                                Bodies.json(report(draft))), id -> { });
            }
            case DEFINE_MODEL_TYPE -> modelType(draft);
            case HOLD_REVIEW -> created(endpoint, Kind.AWARDS, Accepted.Aggregate::review,
                    () -> platform.awards().http().postJson("/api/v1/reviews", recorder, Bodies.json(review(draft, true))), id -> { });
            case REVISE_REVIEW -> {
                String id = plainReview(draft.agency());
                yield changed(endpoint, Accepted.Aggregate.review(id), headers -> platform.awards().http()
                        .putJson("/api/v1/reviews/" + id, recorder, Bodies.json(review(draft, false)), headers), () -> { });
            }
            case NOMINATE -> {
                String body = Bodies.json(nomination(draft));
                yield created(endpoint, Kind.AWARDS, Accepted.Aggregate::award,
                        () -> platform.awards().http().postJson("/api/v1/awards", recorder, body), id -> { });
            }
            case DECIDE -> {
                String id = plainNomination(draft.agency());
                Map<String, Object> decision = new LinkedHashMap<>();
                if (draft.either()) {
                    decision.put("approve", true);
                    decision.put("issuer", draft.text(tag(), 300));
                    decision.put("decisionNo", tag() + "/QĐ-UBND");
                    decision.put("decidedOn", draft.date().toString());
                } else {
                    decision.put("approve", false);
                    decision.put("reason", draft.text(tag(), 2000));
                }
                yield changed(endpoint, Accepted.Aggregate.award(id), headers -> platform.awards().http()
                        .postJson("/api/v1/awards/" + id + "/decision", platform.tokens().approver(draft.agency()),
                                Bodies.json(decision), headers), () -> { });
            }
            case CONFER -> {
                String id = plainApproval(draft.agency());
                yield changed(endpoint, Accepted.Aggregate.award(id), headers -> platform.awards().http()
                        .send("POST", "/api/v1/awards/" + id + "/confer", recorder, headers, null, null), () -> { });
            }
            case REVOKE -> {
                String id = plainApproval(draft.agency());
                expectAccepted(platform.awards().http().send("POST", "/api/v1/awards/" + id + "/confer", recorder,
                        ifMatch(platform.awards().http(), "/api/v1/awards/" + id), null, null), Accepted.Aggregate.award(id));
                Map<String, Object> body = Map.of("reason", draft.text(tag(), 2000));
                yield changed(endpoint, Accepted.Aggregate.award(id), headers -> platform.awards().http()
                        .postJson("/api/v1/awards/" + id + "/revoke", platform.tokens().approver(draft.agency()),
                                Bodies.json(body), headers), () -> { });
            }
        };
    }

    static final long MAX_PARTICIPANTS = 1_000_000;
    private static final long MAX_MEMBERS = 100_000;
    private static final long MAX_COUNT = 1_000_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    // ---- request bodies ----

    private static Map<String, Object> activity(Draft draft) {
        AdminUnit commune = draft.commune(draft.date());
        ActivityKind kind = KINDS.get(Math.floorMod(draft.small(), KINDS.size()));
        long participants = draft.figure(MAX_PARTICIPANTS);
        boolean media = kind.channel().orElseThrow() != Channel.DIRECT;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", draft.agency());
        body.put("partnerAgencies", draft.partners());
        body.put("level", "COMMUNE");
        body.put("locality", Draft.locality(commune));
        body.put("kind", kind.name());
        body.put("topics", List.of("phòng chống tội phạm", "an ninh trật tự thôn làng"));
        body.put("title", draft.text(tag(), 300));
        body.put("startDate", draft.date().toString());
        body.put("endDate", draft.date().toString());
        body.put("participants", participants);
        body.put("women", participants / 2);
        body.put("ethnicMinority", participants / 3);
        body.put("reach", media ? draft.small() * 100L : 0);
        body.put("copies", kind == ActivityKind.PUBLICATION ? draft.small() * 10L : 0);
        return body;
    }

    private static Map<String, Object> model(Draft draft, String type) {
        Map<String, Object> body = Bodies.model(draft.agency(), draft.commune(LocalDate.of(2024, 1, 1)), type, tag(),
                (int) Math.min(Integer.MAX_VALUE, draft.figure(MAX_MEMBERS)));
        body.put("name", draft.text(tag(), 300));
        body.put("partnerAgencies", draft.partners());
        body.put("locality", Draft.locality(draft.commune(draft.date())));
        body.put("village", draft.text(tag(), 200));
        body.put("establishedOn", draft.date().toString());
        return body;
    }

    private static String typeOf(Draft draft) {
        return Bodies.MODEL_TYPES.get(Math.floorMod(draft.small(), Bodies.MODEL_TYPES.size()));
    }

    /** A month or a quarter around the draft's date, for a model founded on 2000-01-01. */
    private static Map<String, Object> report(Draft draft) {
        Map<String, Object> body = Bodies.report(1, new Random(draft.small()));
        LocalDate date = draft.date();
        body.put("period", draft.either() ? String.format("%04d-%02d", date.getYear(), date.getMonthValue())
                : date.getYear() + "-Q" + (1 + (date.getMonthValue() - 1) / 3));
        body.put("meetings", draft.figure(MAX_COUNT));
        body.put("notes", draft.text(tag(), 2000));
        return body;
    }

    /** A review held on the draft's date, looking back on the months before (not before 2000); joint if asked and partnered. */
    private static Map<String, Object> review(Draft draft, boolean joint) {
        LocalDate held = draft.date();
        Map<String, Object> body = Bodies.review(draft.agency(), Draft.PROVINCE, tag());
        body.put("heldOn", held.toString());
        LocalDate from = held.minusMonths(draft.either() ? 6 : 12);
        body.put("periodFrom", (from.isBefore(EARLIEST) && held.isAfter(EARLIEST) ? EARLIEST : from).toString());
        body.put("periodTo", held.minusDays(draft.either() ? 0 : 1).toString());
        body.put("title", draft.text(tag(), 300));
        body.put("kind", draft.either() ? "FINAL" : "INTERIM");
        if (joint && !draft.partners().isEmpty()) {
            // A review held together by several agencies is JOINT and lists them all.
            List<String> agencies = new ArrayList<>(List.of(draft.agency()));
            agencies.addAll(draft.partners());
            body.put("organiser", "JOINT");
            body.put("agencies", agencies);
        }
        return body;
    }

    private Map<String, Object> nomination(Draft draft) {
        // A nomination is of today's record: the locality in the structure in force now or, borderline, in the old one.
        LocalDate on = draft.either() ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) : LocalDate.of(2025, 6, 30);
        Map<String, Object> body = Bodies.nomination(draft.agency(), places2019.communes().get(0),
                plainReview(draft.agency()), draft.text(tag(), 300));
        body.put("locality", Draft.locality(draft.commune(on)));
        body.put("citation", draft.text(tag(), 4000));
        return body;
    }

    // ---- what a case needs first, made with valid requests ----

    private String plainActivity(String agency) {
        Activity activity = Activity.random(agency, places2019, new Random(TAGS.get()));
        Answer answer = platform.events().http().postJson("/api/v1/activities", platform.tokens().recorder(agency), activity.json());
        String id = expectCreated(answer, Accepted.Aggregate::activity);
        accepted.participants(id, activity.participants());
        return id;
    }

    private String plainModel(String agency) {
        Map<String, Object> body = Bodies.model(agency, places2019.communes().get(TAGS.get() % places2019.communes().size()),
                "MEDIATION_TEAM", tag(), 12);
        body.put("establishedOn", "2000-01-01");
        return expectCreated(platform.models().http().postJson("/api/v1/models", platform.tokens().recorder(agency),
                Bodies.json(body)), Accepted.Aggregate::model);
    }

    private String plainReview(String agency) {
        return reviewOf.computeIfAbsent(agency, key -> expectCreated(platform.awards().http().postJson("/api/v1/reviews",
                platform.tokens().recorder(agency), Bodies.json(Bodies.review(agency, Draft.PROVINCE, tag()))),
                Accepted.Aggregate::review));
    }

    private String plainNomination(String agency) {
        Map<String, Object> body = Bodies.nomination(agency, places2019.communes().get(0), plainReview(agency),
                "Chi hội phụ nữ thôn " + tag());
        // A nomination's locality is in the structure in force now.
        body.put("locality", Draft.locality(Gazetteer.official().communesOfProvince(Draft.PROVINCE, Structure.Y2025).get(0)));
        return expectCreated(platform.awards().http().postJson("/api/v1/awards", platform.tokens().recorder(agency),
                Bodies.json(body)), Accepted.Aggregate::award);
    }

    private String plainApproval(String agency) {
        String id = plainNomination(agency);
        expectAccepted(platform.awards().http().postJson("/api/v1/awards/" + id + "/decision",
                platform.tokens().approver(agency), Bodies.json(Bodies.approval("Chủ tịch UBND tỉnh", tag() + "/QĐ-UBND")),
                ifMatch(platform.awards().http(), "/api/v1/awards/" + id)), Accepted.Aggregate.award(id));
        return id;
    }

    private String expectCreated(Answer answer, Function<String, Accepted.Aggregate> aggregate) {
        if (answer.status() != 201) {
            throw new IllegalStateException("A valid request to prepare a case was refused: " + answer.describe());
        }
        accepted.accepted(aggregate.apply(answer.text("id")));
        return answer.text("id");
    }

    private void expectAccepted(Answer answer, Accepted.Aggregate aggregate) {
        if (!answer.isSuccess()) {
            throw new IllegalStateException("A valid request to prepare a case was refused: " + answer.describe());
        }
        accepted.accepted(aggregate);
    }

    // ---- the checks of one case ----

    private Outcome created(Endpoint endpoint, Kind kind, Function<String, Accepted.Aggregate> aggregate,
                            Supplier<Answer> send, Consumer<String> onAccept) {
        Map<String, Long> before = outboxes.counts(kind);
        Answer answer = send.get();
        List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
        if (answer.isSuccess()) {
            accepted.accepted(aggregate.apply(answer.text("id")));
            onAccept.accept(answer.text("id"));
        } else {
            problems.addAll(unchanged(before, outboxes.counts(kind)));
        }
        return new Outcome(endpoint, answer.status(), describe(problems, answer), refusedFields(answer));
    }

    private Outcome changed(Endpoint endpoint, Accepted.Aggregate aggregate,
                            Function<Map<String, String>, Answer> send, Runnable onAccept) {
        Map<String, String> headers = ifMatch(httpOf(aggregate.service()), pathOf(aggregate));
        Map<String, Long> before = outboxes.counts(aggregate.service());
        List<Long> recordBefore = outboxes.versionAndEvents(aggregate.service(), aggregate.collection(), aggregate.id());
        Answer answer = send.apply(headers);
        List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
        if (answer.isSuccess()) {
            accepted.accepted(aggregate);
            onAccept.run();
        } else {
            problems.addAll(unchanged(before, outboxes.counts(aggregate.service())));
            List<Long> recordAfter = outboxes.versionAndEvents(aggregate.service(), aggregate.collection(), aggregate.id());
            if (!recordBefore.equals(recordAfter)) {
                problems.add("refused, yet the record went from (version, events) " + recordBefore + " to " + recordAfter);
            }
        }
        return new Outcome(endpoint, answer.status(), describe(problems, answer), refusedFields(answer));
    }

    private Outcome modelType(Draft draft) {
        String code = "TYPE_" + tag().toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("labelVi", draft.text(tag(), 200));
        body.put("labelEn", "Neighbourhood watch " + code);
        Map<String, Long> before = outboxes.counts(Kind.MODELS);
        Answer answer = platform.models().http().postJson("/api/v1/model-types", platform.tokens().admin(), Bodies.json(body));
        List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
        if (answer.isSuccess()) {
            // A type carries no event of its own: it is applied when a model of that type is.
            Map<String, Object> model = Bodies.model(draft.agency(), places2019.communes().get(0), code, tag(), 7);
            Answer registered = platform.models().http().postJson("/api/v1/models",
                    platform.tokens().recorder(draft.agency()), Bodies.json(model));
            if (registered.status() == 201) {
                accepted.accepted(Accepted.Aggregate.model(registered.text("id")));
            } else {
                problems.add("the new type was accepted, but a model of that type was refused: " + registered.describe());
            }
        } else {
            problems.addAll(unchanged(before, outboxes.counts(Kind.MODELS)));
        }
        return new Outcome(Endpoint.DEFINE_MODEL_TYPE, answer.status(), describe(problems, answer), refusedFields(answer));
    }

    /** An import of the draft's row and a plain valid one: every row it reports recorded is an accepted write. */
    private Outcome imported(Draft draft, String recorder) {
        Map<String, Object> row = activity(draft);
        Activity plain = Activity.random(draft.agency(), places2019, new Random(draft.small()));
        String csv = CsvRows.csv(List.of(row, JSON.readValue(plain.json(), MAP)));
        Map<String, Long> before = outboxes.counts(Kind.EVENTS);
        Answer answer = platform.events().http().send("POST", "/api/v1/activities/import", recorder, Map.of(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
        if (answer.isSuccess()) {
            long recorded = 0;
            for (JsonNode result : answer.json().path("results")) {
                importRows.merge(result.path("outcome").asString(), 1, Integer::sum);
                if ("RECORDED".equals(result.path("outcome").asString())) {
                    String id = result.path("id").asString();
                    accepted.accepted(Accepted.Aggregate.activity(id));
                    accepted.participants(id, result.path("row").asInt() == 2 ? draft.figure(MAX_PARTICIPANTS)
                            : plain.participants());
                    recorded++;
                }
            }
            long added = outboxes.counts(Kind.EVENTS).getOrDefault("activities", 0L) - before.getOrDefault("activities", 0L);
            if (added != recorded) {
                problems.add("the import reports " + recorded + " rows recorded, yet " + added + " activities were added");
            }
        } else {
            problems.addAll(unchanged(before, outboxes.counts(Kind.EVENTS)));
        }
        return new Outcome(Endpoint.IMPORT_ACTIVITIES, answer.status(), describe(problems, answer), refusedFields(answer));
    }

    /** The fields a refusal names (for the summary of what the edges hit). */
    private static List<String> refusedFields(Answer answer) {
        List<String> fields = new ArrayList<>();
        if (!answer.isSuccess()) {
            answer.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
        }
        return fields;
    }

    /** The import's rows by outcome (RECORDED, REJECTED, ...), over every case so far. */
    Map<String, Integer> importRows() {
        return importRows;
    }

    private static List<String> unchanged(Map<String, Long> before, Map<String, Long> after) {
        return before.equals(after) ? List.of() : List.of("refused, yet documents were written: " + before + " -> " + after);
    }

    private static List<String> describe(List<String> problems, Answer answer) {
        return problems.isEmpty() ? List.of() : List.of(String.join("; ", problems) + " -> " + answer.describe());
    }

    private Map<String, String> ifMatch(Http http, String path) {
        return Map.of("If-Match", http.get(path, platform.tokens().admin()).etag());
    }

    private Http httpOf(Kind kind) {
        return platform.service(kind).http();
    }

    private static String pathOf(Accepted.Aggregate aggregate) {
        return "/api/v1/" + aggregate.collection() + "/" + aggregate.id();
    }

    private static String tag() {
        return "P" + TAGS.incrementAndGet();
    }
}
