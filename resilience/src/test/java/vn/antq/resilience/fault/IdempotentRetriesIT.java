package vn.antq.resilience.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.api.Multipart;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * A client that got no answer (a 503, a dropped connection) retries its create with the same Idempotency-Key, maybe
 * after someone has already changed the record: it gets the record back (201, {@code Idempotent-Replayed: true}),
 * nothing is written twice; the same key with another body is a 422. For every create of the three services, a
 * material's upload included (its file kept once: the retries' copies of it are not kept).
 */
class IdempotentRetriesIT {

    /** Phú Yên: only this class records there. */
    private static final String PROVINCE = "54";
    private static final String AGENCY = "VETERANS";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    /**
     * A create: its JSON body and another one, or (for an upload) the multipart bodies, each the same bytes at every try
     * of the same request.
     */
    private record Create(String name, Kind kind, String collection, String path, Body body, Body otherBody,
                          Function<Answer, Answer> change) {

        Create(String name, Kind kind, String collection, String path, String body, String otherBody,
               Function<Answer, Answer> change) {
            this(name, kind, collection, path, Body.json(body), Body.json(otherBody), change);
        }
    }

    /** A request body as sent: its content type and bytes. */
    private record Body(String contentType, byte[] bytes) {

        static Body json(String json) {
            return new Body(Http.JSON, json.getBytes(StandardCharsets.UTF_8));
        }

        static Body of(Multipart multipart) {
            return new Body(multipart.contentType(), multipart.bytes());
        }
    }

    @Test
    void aCreateRetriedWithItsKeyAfterTheRecordChangedGetsItBackAndWritesNothing() {
        Random random = new Random(5400);
        Places places = new Places(PROVINCE);
        String recorder = platform.tokens().recorder(AGENCY);
        Map<String, Object> review = Bodies.review(AGENCY, PROVINCE, tag());
        Answer heldReview = platform.awards().http().postJson("/api/v1/reviews", recorder, Bodies.json(review));
        Map<String, Object> leaflet = Bodies.material(Bodies.locality(places.anyCommune(random)), tag());
        Answer issued = CleanAnswers.requireClean(platform.events().http().sendMultipart("POST", "/api/v1/materials",
                recorder, Bodies.upload(leaflet, Bodies.pdf("Phat cho xa")), Map.of()));
        String distributions = "/api/v1/materials/" + issued.text("id") + "/distributions";
        List<Create> creates = List.of(
                new Create("activity", Kind.EVENTS, "activities", "/api/v1/activities",
                        Activity.random(AGENCY, places, random).json(), Activity.random(AGENCY, places, random).json(),
                        first -> platform.events().http().delete("/api/v1/activities/" + first.text("id"), recorder,
                                Map.of("If-Match", first.etag()))),
                new Create("training", Kind.EVENTS, "trainings", "/api/v1/trainings",
                        Bodies.json(Bodies.training(AGENCY, Bodies.locality(places.anyCommune(random)), tag(), 7)),
                        Bodies.json(Bodies.training(AGENCY, Bodies.locality(places.anyCommune(random)), tag(), 8)),
                        first -> platform.events().http().delete("/api/v1/trainings/" + first.text("id"), recorder,
                                Map.of("If-Match", first.etag()))),
                new Create("material", Kind.EVENTS, "materials", "/api/v1/materials",
                        Body.of(Bodies.upload(Bodies.material(Bodies.locality(places.anyCommune(random)), tag()),
                                Bodies.pdf("Lan dau"))),
                        Body.of(Bodies.upload(Bodies.material(Bodies.locality(places.anyCommune(random)), tag()),
                                Bodies.pdf("Tep khac"))),
                        first -> platform.events().http().delete("/api/v1/materials/" + first.text("id"), recorder,
                                Map.of("If-Match", first.etag()))),
                new Create("distribution", Kind.EVENTS, "distributions", distributions,
                        Bodies.json(Bodies.distribution(Bodies.locality(places.anyCommune(random)), 120)),
                        Bodies.json(Bodies.distribution(Bodies.locality(places.anyCommune(random)), 80)),
                        first -> platform.events().http().delete("/api/v1/distributions/" + first.text("id"), recorder,
                                Map.of("If-Match", first.etag()))),
                new Create("model", Kind.MODELS, "models", "/api/v1/models",
                        Bodies.json(Bodies.randomModel(AGENCY, places, random, tag())),
                        Bodies.json(Bodies.randomModel(AGENCY, places, random, tag())),
                        first -> platform.models().http().postJson("/api/v1/models/" + first.text("id") + "/status", recorder,
                                "{\"status\": \"SUSPENDED\", \"reason\": \"Tạm dừng hoạt động\"}", Map.of("If-Match", first.etag()))),
                new Create("review", Kind.AWARDS, "reviews", "/api/v1/reviews",
                        Bodies.json(Bodies.review(AGENCY, PROVINCE, tag())), Bodies.json(Bodies.review(AGENCY, PROVINCE, tag())),
                        first -> platform.awards().http().putJson("/api/v1/reviews/" + first.text("id"), recorder,
                                Bodies.json(Bodies.review(AGENCY, PROVINCE, "sửa " + tag())), Map.of("If-Match", first.etag()))),
                new Create("award", Kind.AWARDS, "awards", "/api/v1/awards",
                        Bodies.json(Bodies.nomination(AGENCY, places.anyCommune(random), heldReview.text("id"), "Chi hội " + tag())),
                        Bodies.json(Bodies.nomination(AGENCY, places.anyCommune(random), heldReview.text("id"), "Chi hội " + tag())),
                        first -> platform.awards().http().postJson("/api/v1/awards/" + first.text("id") + "/decision",
                                platform.tokens().approver(AGENCY),
                                Bodies.json(Bodies.approval("Chủ tịch UBND tỉnh", tag() + "/QĐ-UBND")),
                                Map.of("If-Match", first.etag()))));
        Outboxes outboxes = new Outboxes(platform);
        List<String> failures = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (Create create : creates) {
            Http http = platform.service(create.kind()).http();
            Map<String, String> key = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());
            Answer first = CleanAnswers.requireClean(post(http, create.path(), recorder, create.body(), key));
            Answer changed = CleanAnswers.requireClean(create.change().apply(first));
            List<Long> record = outboxes.versionAndEvents(create.kind(), create.collection(), first.text("id"));
            Map<String, Long> counts = outboxes.counts(create.kind());
            Answer retry = CleanAnswers.requireClean(post(http, create.path(), recorder, create.body(), key));
            Answer reused = CleanAnswers.requireClean(post(http, create.path(), recorder, create.otherBody(), key));
            boolean nothingWritten = counts.equals(outboxes.counts(create.kind()))
                    && record.equals(outboxes.versionAndEvents(create.kind(), create.collection(), first.text("id")));
            outcomes.add(String.format("%s: created %d, changed to version %s, retried %d%s, same key other body %d",
                    create.name(), first.status(), changed.json().path("version"), retry.status(),
                    "true".equals(retry.header("Idempotent-Replayed")) ? " (replayed)" : "", reused.status()));
            if (first.status() != 201 || !changed.isSuccess() || retry.status() != 201
                    || !"true".equals(retry.header("Idempotent-Replayed")) || !first.text("id").equals(retry.text("id"))
                    || reused.status() != 422 || !nothingWritten) {
                failures.add(outcomes.get(outcomes.size() - 1) + (nothingWritten ? "" : ", and the retries wrote")
                        + " -> " + retry.describe());
            }
        }
        Results.record("[idempotent-retries] a create retried with its Idempotency-Key after the record changed: "
                + String.join("; ", outcomes) + "; nothing written by the retries");
        assertThat(failures).isEmpty();
    }

    private static Answer post(Http http, String path, String token, Body body, Map<String, String> headers) {
        return http.send("POST", path, token, headers, body.contentType(), body.bytes());
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
