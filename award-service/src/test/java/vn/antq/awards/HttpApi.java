package vn.antq.awards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;

/** Talks to the running service over real HTTP, with real tokens signed by the local development secret. */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JwtIssuer ISSUER = new JwtIssuer(JwtIssuer.LOCAL_DEVELOPMENT_SECRET);

    private final int port;

    public HttpApi(int port) {
        this.port = port;
    }

    /** A token for {@code subject} of {@code agency}, limited to {@code locality} unless null. */
    public static String token(String subject, String agency, String locality, Role... roles) {
        return ISSUER.issue(subject, agency, Set.of(roles), locality, Duration.ofHours(1));
    }

    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().get(field).asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The {@code If-Match} value that continues from this answer. */
        public String etag() {
            return header("ETag");
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, Map.of(), null);
    }

    public Response post(String path, String token, String json) {
        return send("POST", path, token, Map.of(), json);
    }

    public Response post(String path, String token, Map<String, String> headers, String json) {
        return send("POST", path, token, headers, json);
    }

    public Response put(String path, String token, Map<String, String> headers, String json) {
        return send("PUT", path, token, headers, json);
    }

    public Response send(String method, String path, String token, Map<String, String> headers, String json) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        if (json != null) {
            all.put("Content-Type", "application/json");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        all.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
