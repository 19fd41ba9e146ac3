package vn.antq.resilience.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Clerks;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * The defects reported in issue 17 that no other scenario of the suite covers, each tried again against the running
 * platform so that it cannot come back: dates far outside the business range (defect 1), a model name the PDF fonts
 * lack (2), {@code If-Match: *} on an activity (3), Vietnamese problems of requests refused before the controllers
 * encoded as ISO-8859-1 (5), and small leaks: public health details, certificate-bound tokens claimed, English in
 * Vietnamese messages (8). Dates of year 1, tokens, strict JSON and the import are covered by {@link JsonFuzzIT},
 * {@code TokenAttacksIT}, {@link ImportMistakesIT}; accepted-implies-applied by {@code AcceptedWritesAreAppliedIT}.
 */
class ReportedDefectsIT {

    /** Quảng Ngãi: only this class records there. */
    private static final String PROVINCE = "51";
    private static final String AGENCY = "WOMEN_UNION";
    private static final String BAD_REQUEST_VI = "Yêu cầu không hợp lệ";

    private static Platform platform;
    private static Places places;
    private static Outboxes outboxes;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
        places = new Places(PROVINCE);
        outboxes = new Outboxes(platform);
    }

    /** Defect 1: dates the schemas refuse (year -999999999, 1800, 0001) are 400 on their field, nothing written. */
    @Test
    void datesOutsideTheBusinessRangeAreRefusedOnTheirFieldWithNothingWritten() {
        List<String> told = new ArrayList<>();
        for (String date : List.of("-999999999-01-01", "1800-06-01")) {
            Map<String, Object> body = Json.parse(Activity.random(AGENCY, places, new Random(5101)).json());
            body.put("startDate", date);
            told.add(refusedOnField(Kind.EVENTS, "POST", "/api/v1/activities", Map.of(), body, "startDate"));
        }
        Map<String, Object> review = Bodies.review(AGENCY, PROVINCE, tag());
        review.put("heldOn", "0001-06-01");
        told.add(refusedOnField(Kind.AWARDS, "POST", "/api/v1/reviews", Map.of(), review, "heldOn"));
        Results.record("[defects] dates out of range refused on their field, nothing written: " + told);
    }

    /** Defect 2: a model named with emoji, Chinese and Vietnamese never makes the PDF report answer 500. */
    @Test
    void aModelNameTheFontsLackStillGivesAPdfReport() {
        String name = "PROBE 😀 模型 mô hình thử " + tag();
        Map<String, Object> model = Bodies.randomModel(AGENCY, places, new Random(5102), "");
        model.put("name", name);
        Answer registered = new Clerks(platform).registerModel(AGENCY, model);
        assertThat(registered.status()).as(registered.describe()).isEqualTo(201);
        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        await("analytics has the model").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> analytics.models(PROVINCE).getOrDefault("ACTIVE", 0L) >= 1);

        Answer json = platform.analytics().http().get("/api/v1/analytics/report?from=2019&to=2026&locality=" + PROVINCE,
                platform.tokens().ops());
        assertThat(json.status()).as(json.describe()).isEqualTo(200);
        assertThat(json.body()).as("the report lists the model, so the PDF must draw its name").contains(name);
        List<String> pdfs = new ArrayList<>();
        for (String who : List.of("OPS", AGENCY)) {
            String token = "OPS".equals(who) ? platform.tokens().ops() : platform.tokens().recorder(AGENCY);
            for (String locality : List.of("&locality=" + PROVINCE, "")) {
                String query = "/api/v1/analytics/report?from=2019&to=2026&format=pdf" + locality;
                HttpResponse<byte[]> pdf = bytes(platform.analytics().http(), query, token, "vi");
                String call = who + " " + query;
                assertThat(pdf.statusCode()).as(call + ": " + new String(pdf.body(), UTF_8)).isEqualTo(200);
                assertThat(pdf.headers().firstValue("Content-Type").orElse("")).as(call).startsWith("application/pdf");
                assertThat(new String(pdf.body(), 0, Math.min(5, pdf.body().length), UTF_8)).as(call).isEqualTo("%PDF-");
                pdfs.add(who + (locality.isEmpty() ? " country " : " province ") + pdf.body().length + " bytes");
            }
        }
        Results.record("[defects] PDF report with a model named \"" + name + "\": 200 application/pdf for " + pdfs);
    }

    /** Defect 3: {@code If-Match: *} does not bypass the lost-update check; the activity stays as it was. */
    @Test
    void ifMatchStarDoesNotBypassTheLostUpdateCheck() {
        Random random = new Random(5103);
        String recorder = platform.tokens().recorder(AGENCY);
        Answer created = CleanAnswers.requireClean(platform.events().http().postJson("/api/v1/activities", recorder,
                Activity.random(AGENCY, places, random).json()));
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        String id = created.text("id");
        String path = "/api/v1/activities/" + id;
        String etagBefore = platform.events().http().get(path, recorder).etag();
        List<Long> before = outboxes.versionAndEvents(Kind.EVENTS, "activities", id);

        Answer star = CleanAnswers.requireClean(platform.events().http().putJson(path, recorder,
                Activity.random(AGENCY, places, random).json(), Map.of("If-Match", "*")));

        assertThat(star.status()).as(star.describe()).isEqualTo(428);
        assertThat(star.header("Content-Type")).startsWith("application/problem+json");
        assertThat(outboxes.versionAndEvents(Kind.EVENTS, "activities", id)).as("(version, events)").isEqualTo(before);
        assertThat(platform.events().http().get(path, recorder).etag()).isEqualTo(etagBefore);
        Results.record("[defects] If-Match: * on PUT " + "/api/v1/activities/{id}: " + star.status() + " "
                + star.text("title") + ", the activity still at (version, events) " + before);
    }

    /** Defect 5: refused before any controller runs, the Vietnamese problem is UTF-8, not ISO-8859-1 mojibake. */
    @Test
    void requestsRefusedBeforeTheControllersAnswerUtf8Vietnamese() {
        List<String> told = new ArrayList<>();
        for (String path : List.of("/api/v1/activities/..%2F..%2Fetc", "/api/v1/activities/a%00b",
                "/api/v1/activities/%c0%af")) {
            HttpResponse<byte[]> response = bytes(platform.events().http(), path, platform.tokens().recorder(AGENCY), "vi");
            String body = strictUtf8(path, response.body());
            assertThat(response.statusCode()).as(path + ": " + body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("application/problem+json");
            JsonNode problem = JsonMapper.shared().readTree(body);
            assertThat(problem.path("title").asString()).as(path + ": " + body).isEqualTo(BAD_REQUEST_VI);
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("detail").asString()).as(path + ": " + body).isNotBlank()
                    .doesNotContain("?").doesNotContain("\uFFFD");
            told.add(path + " -> " + problem.path("title").asString());
        }
        Results.record("[defects] requests refused before the controllers answer UTF-8 Vietnamese: " + told);
    }

    /**
     * Defect 8: public health shows statuses only (no data directory, cluster id or database name), the protected
     * resource metadata does not claim certificate-bound tokens, and a missing activity is a "hoạt động" in Vietnamese.
     */
    @Test
    void publicEndpointsAndMessagesLeakNothing() {
        Map<String, Http> services = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            services.put(kind.database(), platform.service(kind).http());
        }
        services.put("antq_analytics", platform.analytics().http());
        String runDir = platform.logs().getParent().toString();
        services.forEach((database, http) -> {
            Answer health = http.get("/actuator/health", null);
            assertThat(health.status()).as(health.describe()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).as(health.describe()).isEqualTo("UP");
            assertThat(health.json().findValues("details")).as(health.describe()).isEmpty();
            assertThat(onlyStatuses(health.json())).as(health.describe()).isEmpty();
            assertThat(health.body()).as(http.name()).doesNotContain(database).doesNotContain("clusterId")
                    .doesNotContain(runDir).doesNotContain("\"path\"").doesNotContain("database");

            Answer metadata = http.get("/.well-known/oauth-protected-resource", null);
            assertThat(metadata.status()).as(metadata.describe()).isEqualTo(200);
            JsonNode bound = metadata.json().path("tls_client_certificate_bound_access_tokens");
            assertThat(bound.isBoolean() && !bound.asBoolean()).as(metadata.describe()).isTrue();
        });

        String path = "/api/v1/activities/" + UUID.randomUUID();
        Answer vi = CleanAnswers.requireClean(platform.events().http().send("GET", path, platform.tokens().admin(),
                Map.of("Accept-Language", "vi"), null, null));
        Answer en = CleanAnswers.requireClean(platform.events().http().get(path, platform.tokens().admin()));
        assertThat(vi.status()).as(vi.describe()).isEqualTo(404);
        assertThat(en.status()).as(en.describe()).isEqualTo(404);
        String words = vi.text("title") + " " + vi.text("detail");
        assertThat(words).as(vi.describe()).contains("hoạt động");
        assertThat(words.toLowerCase(Locale.ROOT)).as(vi.describe()).doesNotContain("activity").doesNotContain(".:");
        assertThat(en.text("detail").toLowerCase(Locale.ROOT)).as(en.describe()).contains("activity");
        Results.record("[defects] public health of " + services.keySet() + " shows statuses only, no certificate-bound "
                + "tokens claimed; a missing activity: \"" + vi.text("detail") + "\" / \"" + en.text("detail") + "\"");
    }

    /**
     * The request with Accept-Language vi, then en: each a 400 problem+json naming {@code field} in its errors, with
     * every collection of the service as it was; returns the English message on that field.
     */
    private static String refusedOnField(Kind kind, String method, String path, Map<String, String> headers,
                                         Map<String, Object> body, String field) {
        String english = null;
        for (String language : List.of("vi", "en")) {
            Map<String, String> sent = new LinkedHashMap<>(headers);
            sent.put("Accept-Language", language);
            Map<String, Long> before = outboxes.counts(kind);
            Answer answer = CleanAnswers.requireClean(platform.service(kind).http().send(method, path,
                    platform.tokens().recorder(AGENCY), sent, Http.JSON, Bodies.json(body).getBytes(UTF_8)));
            assertThat(outboxes.counts(kind)).as(field + " " + body.get(field) + ": nothing written").isEqualTo(before);
            assertThat(answer.status()).as(answer.describe()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            JsonNode error = answer.json().path("errors").valueStream()
                    .filter(candidate -> field.equals(candidate.path("field").asString(null))).findFirst().orElse(null);
            assertThat(error).as(field + " named in " + answer.describe()).isNotNull();
            String message = error.path("message").asString();
            assertThat(message).as(answer.describe()).isNotBlank().doesNotContain(".:");
            if ("vi".equals(language)) {
                assertThat(message).as(answer.describe()).doesNotContain(field);
            } else {
                english = body.get(field) + ": " + message;
            }
        }
        return english;
    }

    /** Every key of the health answer that is not a status, a component or a group: what a stranger must not see. */
    private static List<String> onlyStatuses(JsonNode node) {
        List<String> extra = new ArrayList<>();
        node.properties().forEach(entry -> {
            if (!Set.of("status", "components", "groups").contains(entry.getKey())) {
                extra.add(entry.getKey());
            } else if ("components".equals(entry.getKey())) {
                entry.getValue().properties().forEach(component -> extra.addAll(onlyStatuses(component.getValue())));
            }
        });
        return extra;
    }

    private static HttpResponse<byte[]> bytes(Http http, String path, String token, String language) {
        HttpRequest request = HttpRequest.newBuilder(http.base().resolve(path))
                .timeout(Duration.ofSeconds(90))
                .header("Accept-Language", language)
                .header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as UTF-8, failing on any byte sequence that is not (as ISO-8859-1 Vietnamese is not). */
    private static String strictUtf8(String what, byte[] body) {
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(what + ": the body is not UTF-8: " + new String(body, UTF_8), e);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
