package vn.antq.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's public HTTP API as the local stack calls it (the demo loader, the rebuild after an unclean
 * stop): JSON in and out, a bearer token on every call. Connection failures and 503 answers are retried a few
 * times; any other unexpected answer is a {@link ServiceCallException} with the method, URL, status and the
 * service's problem detail.
 */
public final class ServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final int ATTEMPTS = 4;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final URI base;

    public ServiceClient(URI base) {
        this.base = base;
    }

    /**
     * An answer: its status, its ETag (or null), whether it repeats the answer to an earlier request with the same
     * Idempotency-Key, and its JSON body (a missing node when there is none).
     */
    public record Reply(int status, String etag, boolean replayed, JsonNode body) {

        public String text(String field) {
            return body.path(field).asString();
        }

    }

    /** {@code /actuator/health}, which needs no token; its components as JSON (a missing node if it cannot say). */
    public JsonNode health() {
        return health(null);
    }

    /**
     * {@code /actuator/health} with the details, which the services show only to an OPS or ADMIN token (the outbox
     * backlog, for instance); without such a token the components carry their status only.
     */
    public JsonNode health(String opsToken) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(10)).GET();
            if (opsToken != null) {
                request.header("Authorization", "Bearer " + opsToken);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.missingNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException("Interrupted while reading " + base.resolve("/actuator/health"), e);
        }
    }

    public Reply get(String path, String token, Set<Integer> expected) {
        return send(request(path, token).GET(), "GET", path, expected);
    }

    public Reply postJson(String path, String token, Object body, Map<String, String> headers, Set<Integer> expected) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : JSON.writeValueAsBytes(body)));
        headers.forEach(request::header);
        return send(request, "POST", path, expected);
    }

    public Reply putJson(String path, String token, Object body, Set<Integer> expected) {
        return putJson(path, token, body, Map.of(), expected);
    }

    public Reply putJson(String path, String token, Object body, Map<String, String> headers, Set<Integer> expected) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        headers.forEach(request::header);
        return send(request, "PUT", path, expected);
    }

    public Reply postBytes(String path, String token, byte[] body, String contentType, Set<Integer> expected) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, "POST", path, expected);
    }

    /**
     * A multipart/form-data POST: {@code json} as a part of type application/json named {@code jsonPart}, and a file
     * part {@code file} when {@code file} is given.
     */
    public Reply postMultipart(String path, String token, String jsonPart, Object json, String fileName, byte[] file,
                               Map<String, String> headers, Set<Integer> expected) {
        String boundary = "antq-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonPart
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(JSON.writeValueAsBytes(json));
        if (file != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request, "POST", path, expected);
    }

    public Reply delete(String path, String token, Map<String, String> headers, Set<Integer> expected) {
        HttpRequest.Builder request = request(path, token).DELETE();
        headers.forEach(request::header);
        return send(request, "DELETE", path, expected);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "en");
    }

    private Reply send(HttpRequest.Builder builder, String method, String path, Set<Integer> expected) {
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503 && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
                Reply reply = new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false),
                        body);
                if (!expected.contains(reply.status())) {
                    throw new ServiceCallException(method + " " + base.resolve(path) + " answered " + reply.status() + ": "
                            + abbreviated(response.body()));
                }
                return reply;
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new ServiceCallException(method + " " + base.resolve(path) + " failed: " + e, e);
                }
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceCallException(method + " " + base.resolve(path) + " was interrupted", e);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(500L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException("Interrupted while waiting to retry", e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
