package vn.antq.testsupport;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running service over real HTTP, as its users do; tokens are the caller's. */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public HttpApi(int port) {
        this("http://localhost:" + port);
    }

    public HttpApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
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
        Request request = request(method, path);
        if (token != null) {
            request.token(token);
        }
        headers.forEach(request::header);
        if (json != null) {
            request.json(json);
        }
        return request.send();
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    /** A request built step by step, for the cases the shortcuts do not cover (raw bodies, odd headers). */
    public final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request json(String json) {
            return body("application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public Request body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body);
            headers.forEach(builder::header);
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
