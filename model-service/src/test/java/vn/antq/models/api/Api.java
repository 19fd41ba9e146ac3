package vn.antq.models.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;

/** Talks to the running service over real HTTP with real signed tokens. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JwtIssuer ISSUER = new JwtIssuer(JwtIssuer.LOCAL_DEVELOPMENT_SECRET);

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** A token of {@code agency} with these roles, limited to {@code locality} unless it is null. */
    public static String token(String agency, String locality, Role... roles) {
        return ISSUER.issue("user-" + agency.toLowerCase(Locale.ROOT) + (locality == null ? "" : "-" + locality),
                agency, Set.of(roles), locality, Duration.ofHours(1));
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final List<String> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Request json(String json) {
            header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body);
            if (!headers.isEmpty()) {
                builder.headers(headers.toArray(String[]::new));
            }
            try {
                HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
