package vn.antq.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the four services behind the portal: answers every request with 200, with the JSON a test planted
 * for its path or else a placeholder, and remembers, per path, the method, the bearer token, whether any cookie came
 * along and the query.
 */
public final class StubBackend implements AutoCloseable {

    public record Seen(String method, String authorization, String cookie, String query) {
    }

    private final HttpServer server;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public StubBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            seen.put(exchange.getRequestURI().getPath(), new Seen(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Cookie"), exchange.getRequestURI().getRawQuery()));
            exchange.getRequestBody().readAllBytes();
            byte[] body = answers.getOrDefault(exchange.getRequestURI().getPath(), "{\"answered\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on a request for this path (whatever its query) gets this JSON. */
    public void answer(String path, String json) {
        answers.put(path, json);
    }

    public Seen seen(String path) {
        return seen.get(path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
