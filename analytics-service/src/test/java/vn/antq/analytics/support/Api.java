package vn.antq.analytics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.TestTokens;

/** The analytics API over real HTTP, with real tokens. Answers are read as plain maps and lists. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TestTokens ISSUER = TestTokens.standard();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port + "/api/v1/analytics";
    }

    public static String token(String agency, String locality, Role... roles) {
        return ISSUER.issue("tester-" + agency.toLowerCase(), agency, Set.of(roles), locality, Duration.ofHours(1));
    }

    /** An OPS user of the Police, who reads every agency. */
    public static String ops() {
        return token("POLICE", null, Role.OPS);
    }

    public static String admin() {
        return token("POLICE", null, Role.ADMIN);
    }

    public Map<String, Object> get(String pathAndQuery) {
        return get(pathAndQuery, ops());
    }

    /** GET expecting 200; the JSON answer. */
    public Map<String, Object> get(String pathAndQuery, String token) {
        Response response = call("GET", pathAndQuery, token);
        assertThat(response.status()).as("GET %s: %s", pathAndQuery, response.body()).isEqualTo(200);
        return response.json();
    }

    public Response call(String method, String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a {@code {rows, totals, asOf}} answer. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> rows(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("rows");
    }

    /** The totals of a {@code {rows, totals, asOf}} answer. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> totals(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("totals");
    }

    /** Waits until the live consumer has applied every record on the three topics (lag 0 everywhere). */
    public void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(get("/freshness").get("lag")).isEqualTo(0));
    }

    public record Response(int status, String contentType, String location, String body) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return JSON.readValue(body, Map.class);
        }
    }
}
