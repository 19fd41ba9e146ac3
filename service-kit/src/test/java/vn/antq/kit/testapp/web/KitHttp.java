package vn.antq.kit.testapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.TestTokens;

/** Real HTTP calls to the sample service, with real tokens signed RS256 with the test key. */
public final class KitHttp {

    public static final String VALID_NOTE = """
            {"agency": "WOMEN_UNION", "title": "Họp dân thôn Kon Klor", "kind": "VILLAGE_MEETING",
             "locality": {"province": "62", "district": "614", "commune": "23491"},
             "participants": 120, "day": "2024-05-01", "topics": ["an ninh"]}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TestTokens issuer = TestTokens.standard();
    private final int port;

    public KitHttp(int port) {
        this.port = port;
    }

    public String token(String agency, Role... roles) {
        return issuer.issue("tester-" + agency.toLowerCase(), agency, Set.of(roles), null, Duration.ofMinutes(10));
    }

    public String token(String agency, String locality, Role... roles) {
        return issuer.issue("tester-" + agency.toLowerCase(), agency, Set.of(roles), locality, Duration.ofMinutes(10));
    }

    public String recorder() {
        return token("WOMEN_UNION", Role.RECORDER);
    }

    public Call get(String path) {
        return new Call("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    public Call delete(String path) {
        return new Call("DELETE", path, HttpRequest.BodyPublishers.noBody());
    }

    public Call post(String path, String json) {
        return new Call("POST", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
    }

    public Call put(String path, String json) {
        return new Call("PUT", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
    }

    public Call send(String method, String path, HttpRequest.BodyPublisher body) {
        return new Call(method, path, body);
    }

    /** A request being built; {@link #call()} sends it. */
    public final class Call {

        private final String method;
        private final String path;
        private final HttpRequest.BodyPublisher body;
        private final List<String> headers = new ArrayList<>();

        private Call(String method, String path, HttpRequest.BodyPublisher body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call english() {
            return header("Accept-Language", "en");
        }

        public Reply call() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body);
            for (int i = 0; i < headers.size(); i += 2) {
                request.header(headers.get(i), headers.get(i + 1));
            }
            try {
                HttpResponse<String> response = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What came back. */
    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The {@code errors[].field} of a problem, in order. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").isNull() ? null
                    : error.path("field").asString()));
            return fields;
        }

        public String message(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field == null ? error.path("field").isNull() : field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            throw new AssertionError("No error for field " + field + " in " + body);
        }

        /**
         * Checks the RFC 9457 shape every error must have, and that nothing of the server's inside
         * (exception names, stack frames) shows; returns the reply for further checks.
         */
        public Reply assertProblem(int expectedStatus) {
            assertThat(status).as("status of %s", this).isEqualTo(expectedStatus);
            assertThat(contentType()).as("content type of %s", this).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("type").asString()).startsWith("https://antq.vn/problems/");
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("detail").asString()).isNotBlank();
            assertThat(problem.path("instance").asString()).startsWith("/");
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at vn.antq")
                    .doesNotContain("at org.springframework").doesNotContain("trace");
            return this;
        }

        public String type() {
            return json().path("type").asString();
        }

        public String detail() {
            return json().path("detail").asString();
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + "\n" + body;
        }
    }
}
