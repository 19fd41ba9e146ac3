package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/** Health, metrics and the API description are open to monitoring and to people without a token. */
@KitWebTest
class PlatformEndpointsIT {

    private final KitHttp http;

    PlatformEndpointsIT(@LocalServerPort int port) {
        http = new KitHttp(port);
    }

    @Test
    void healthIsPublicAndShowsMongoDb() {
        KitHttp.Reply reply = http.get("/actuator/health").call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("components").path("mongo").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsArePublic() {
        KitHttp.Reply reply = http.get("/actuator/prometheus").call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theApiDescriptionIsPublicAndDeclaresTheBearerScheme() {
        KitHttp.Reply reply = http.get("/v3/api-docs").call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode api = reply.json();
        assertThat(api.path("info").path("title").asString()).isEqualTo("kit-web-test");
        JsonNode scheme = api.path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.path("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(api.path("paths").has("/api/v1/notes")).isTrue();
    }

    @Test
    void theCallerIsNotDocumentedAsARequestParameter() {
        JsonNode record = http.get("/v3/api-docs").call().json().path("paths").path("/api/v1/notes").path("post");

        assertThat(record.path("parameters").toString()).doesNotContain("AntqUser").contains("Idempotency-Key");
    }

    @Test
    void swaggerUiIsPublic() {
        KitHttp.Reply reply = http.get("/swagger-ui/index.html").call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void nothingElseIsPublic() {
        // Services serve no pages (the dashboard lives in the portal): without a token, even the root is refused.
        http.get("/").call().assertProblem(401);
        http.get("/index.html").call().assertProblem(401);
        http.get("/webjars/echarts/dist/echarts.min.js").call().assertProblem(401);
    }
}
