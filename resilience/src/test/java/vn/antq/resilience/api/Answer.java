package vn.antq.resilience.api;

import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP answer as the client saw it; header names in lower case. */
public record Answer(String service, String method, String path, int status, Map<String, String> headers, String body,
                     long nanos) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
    }

    public String text(String field) {
        return json().path(field).asString();
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String etag() {
        return header("ETag");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String describe() {
        String shown = body == null ? "" : body.length() > 800 ? body.substring(0, 800) + "..." : body;
        return service + " " + method + " " + path + " -> " + status + " " + shown;
    }
}
