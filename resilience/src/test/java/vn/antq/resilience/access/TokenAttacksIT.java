package vn.antq.resilience.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * Every forged, expired or malformed token ({@link ForgedTokens}) against a write and a read of every service and
 * against analytics, all of which verify RS256 by the run's JWK set served over HTTP: always 401 problem+json with
 * {@code WWW-Authenticate}, and nothing written anywhere.
 */
class TokenAttacksIT {

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    private record Target(String name, Http http, String method, String path, String json) {
    }

    @Test
    void forgedExpiredAndMalformedTokensAreAll401AndChangeNothing() {
        String activity = "{\"agency\": \"POLICE\", \"level\": \"COMMUNE\", \"locality\": {\"province\": \"62\", "
                + "\"district\": \"615\", \"commune\": \"23500\"}, \"kind\": \"VILLAGE_MEETING\", \"title\": \"Họp thôn\", "
                + "\"startDate\": \"2024-05-10\", \"participants\": 10}";
        List<Target> targets = List.of(
                new Target("event-service write", platform.events().http(), "POST", "/api/v1/activities", activity),
                new Target("event-service read", platform.events().http(), "GET", "/api/v1/activities", null),
                new Target("event-service audit", platform.events().http(), "GET", "/api/v1/audit", null),
                new Target("model-service write", platform.models().http(), "POST", "/api/v1/model-types",
                        "{\"code\": \"FORGED_TYPE\", \"labelVi\": \"Giả\", \"labelEn\": \"Forged\"}"),
                new Target("model-service read", platform.models().http(), "GET", "/api/v1/models", null),
                new Target("award-service write", platform.awards().http(), "POST", "/api/v1/reviews",
                        "{\"kind\": \"FINAL\", \"organiser\": \"POLICE\", \"level\": \"PROVINCE\", \"locality\": "
                                + "{\"province\": \"62\"}, \"heldOn\": \"2024-12-01\", \"periodFrom\": \"2024-01-01\", "
                                + "\"periodTo\": \"2024-11-30\", \"title\": \"Giả mạo\"}"),
                new Target("award-service read", platform.awards().http(), "GET", "/api/v1/awards", null),
                new Target("analytics read", platform.analytics().http(), "GET", "/api/v1/analytics/participation", null),
                new Target("analytics rebuild", platform.analytics().http(), "POST", "/api/v1/analytics/rebuild", null));
        Outboxes outboxes = new Outboxes(platform);
        Map<Kind, Long> before = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            before.put(kind, outboxes.allDocuments(kind) + outboxes.holdings(kind).events());
        }
        long rebuildsBefore = platform.analyticsDatabase().getCollection("rebuilds").countDocuments();

        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new ForgedTokens(platform.identity()).all();
        tokens.forEach((name, authorization) -> {
            for (Target target : targets) {
                boolean inQuery = authorization.startsWith("?");
                Map<String, String> headers = inQuery ? Map.of() : Map.of("Authorization", authorization);
                Answer answer = target.http().send(target.method(), target.path() + (inQuery ? authorization : ""), null,
                        headers, target.json() == null ? null : Http.JSON,
                        target.json() == null ? null : target.json().getBytes(StandardCharsets.UTF_8));
                List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
                if (answer.status() != 401) {
                    problems.add("status " + answer.status());
                }
                if (answer.header("WWW-Authenticate") == null) {
                    problems.add("no WWW-Authenticate");
                }
                if (!problems.isEmpty()) {
                    failures.add(name + " at " + target.name() + ": " + problems + " -> " + answer.describe());
                }
            }
        });
        for (Kind kind : Kind.values()) {
            assertThat(outboxes.allDocuments(kind) + outboxes.holdings(kind).events()).as(kind + " data").isEqualTo(before.get(kind));
        }
        assertThat(platform.analyticsDatabase().getCollection("rebuilds").countDocuments()).isEqualTo(rebuildsBefore);
        Results.record(String.format("[tokens] %d kinds of bad token (%s) x %d endpoints: %d calls, every one 401 "
                        + "problem+json with WWW-Authenticate and nothing written: %s", tokens.size(),
                String.join(", ", tokens.keySet()), targets.size(), tokens.size() * targets.size(),
                failures.isEmpty() ? "yes" : "NO, " + failures.size() + " differ"));
        assertThat(failures).isEmpty();
        assertThat(platform.identity().jwksRequests()).as("the services fetched the JWK set over HTTP").isPositive();
    }
}
