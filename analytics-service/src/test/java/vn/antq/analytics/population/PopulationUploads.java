package vn.antq.analytics.population;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.antq.analytics.support.Api;

/** {@code PUT /api/v1/analytics/reference/population} over real HTTP, for the tests that need a population loaded. */
public final class PopulationUploads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PopulationUploads() {
    }

    /** Replaces the table with {@code residents} (code to population), all of {@code year}; expects 200. */
    public static void load(int port, Map<String, Long> residents, int year) {
        String json = residents.entrySet().stream()
                .map(entry -> "{\"code\":\"" + entry.getKey() + "\",\"population\":" + entry.getValue() + ",\"year\":" + year + "}")
                .collect(Collectors.joining(",", "[", "]"));
        Api.Response response = put(port, Api.admin(), "application/json", json, "en");
        if (response.status() != 200) {
            throw new IllegalStateException("Loading the population failed: " + response.status() + " " + response.body());
        }
    }

    public static Api.Response put(int port, String token, String contentType, String body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/analytics/reference/population"))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType)
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    null, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code field}s of a problem's {@code errors}. */
    @SuppressWarnings("unchecked")
    public static List<String> fields(Api.Response problem) {
        return ((List<Map<String, Object>>) problem.json().get("errors")).stream()
                .map(error -> String.valueOf(error.get("field"))).toList();
    }
}
