package vn.antq.resilience.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One service's HTTP API as the suite calls it: real HTTP/1.1 to localhost, a bearer token when given, every answer
 * kept whole (status, headers, body, time taken) so that the checks can look at everything a client would see.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static final String JSON = "application/json";

    private final String name;
    private final URI base;
    private final Duration timeout;

    public Http(String name, URI base) {
        this(name, base, Duration.ofSeconds(90));
    }

    public Http(String name, URI base, Duration timeout) {
        this.name = name;
        this.base = base;
        this.timeout = timeout;
    }

    public String name() {
        return name;
    }

    public URI base() {
        return base;
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, Map.of(), null, null);
    }

    public Answer postJson(String path, String token, String json) {
        return postJson(path, token, json, Map.of());
    }

    public Answer postJson(String path, String token, String json, Map<String, String> headers) {
        return send("POST", path, token, headers, JSON, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    public Answer putJson(String path, String token, String json, Map<String, String> headers) {
        return send("PUT", path, token, headers, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data request (an upload). */
    public Answer sendMultipart(String method, String path, String token, Multipart body, Map<String, String> headers) {
        return send(method, path, token, headers, body.contentType(), body.bytes());
    }

    public Answer delete(String path, String token, Map<String, String> headers) {
        return send("DELETE", path, token, headers, null, null);
    }

    /** A body sent in chunks, without Content-Length, as a client streaming a file it has not measured does. */
    public Answer sendChunked(String method, String path, String token, String contentType,
                              Supplier<InputStream> body) {
        return exchange(method, path, token, Map.of(), contentType, HttpRequest.BodyPublishers.ofInputStream(body));
    }

    /** Any request; {@code contentType} and {@code body} may be null. */
    public Answer send(String method, String path, String token, Map<String, String> headers, String contentType,
                       byte[] body) {
        return exchange(method, path, token, headers, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Answer exchange(String method, String path, String token, Map<String, String> headers, String contentType,
                            HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .method(method, body);
        if (headers.keySet().stream().noneMatch("Accept-Language"::equalsIgnoreCase)) {
            request.header("Accept-Language", "en");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((key, values) -> answerHeaders.put(key.toLowerCase(Locale.ROOT),
                    String.join(", ", values)));
            return new Answer(name, method, path, response.statusCode(), answerHeaders, response.body(),
                    System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": " + method + " " + path + " was interrupted", e);
        }
    }
}
