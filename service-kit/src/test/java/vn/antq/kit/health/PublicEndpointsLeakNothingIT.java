package vn.antq.kit.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.kit.security.Role;
import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/**
 * What the public endpoints tell a stranger: health statuses without details (no data directory, no database
 * name, no Kafka cluster id), and protected-resource metadata that promises nothing the services do not enforce.
 * The test application sets {@code show-details: always}, as the services do.
 */
@KitWebTest
class PublicEndpointsLeakNothingIT {

    private final KitHttp http;

    PublicEndpointsLeakNothingIT(@LocalServerPort int port) {
        http = new KitHttp(port);
    }

    @Test
    void publicHealthShowsStatusesButNoDetails() {
        KitHttp.Reply reply = http.get("/actuator/health").call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("status").asString()).isEqualTo("UP");
        assertThat(reply.json().path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertNoDetails(reply);
    }

    @Test
    void healthForAnAuthenticatedRecorderShowsNoDetailsEither() {
        KitHttp.Reply reply = http.get("/actuator/health").bearer(http.token("WOMEN_UNION", Role.RECORDER, Role.APPROVER)).call();

        assertThat(reply.status()).isEqualTo(200);
        assertNoDetails(reply);
    }

    @Test
    void operatorsAndAdministratorsSeeTheDetails() {
        for (Role role : new Role[] {Role.OPS, Role.ADMIN}) {
            KitHttp.Reply reply = http.get("/actuator/health").bearer(http.token("OPS", role)).call();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("components").path("mongo").path("details").path("database").asString())
                    .as(role.name() + ": " + reply.body()).isEqualTo("kit_web_test");
            assertThat(reply.json().path("components").path("diskSpace").path("details").has("path")).as(reply.body()).isTrue();
        }
    }

    @Test
    void theProtectedResourceMetadataDoesNotClaimCertificateBoundTokens() {
        KitHttp.Reply reply = http.get("/.well-known/oauth-protected-resource").call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode metadata = reply.json();
        assertThat(metadata.path("tls_client_certificate_bound_access_tokens").asBoolean(false)).as(reply.body()).isFalse();
        assertThat(metadata.path("bearer_methods_supported").toString()).isEqualTo("[\"header\"]");
    }

    private static void assertNoDetails(KitHttp.Reply reply) {
        assertThat(reply.json().findValues("details")).as(reply.body()).isEmpty();
        assertThat(reply.body()).doesNotContain("kit_web_test").doesNotContain("clusterId").doesNotContain("\"path\"")
                .doesNotContain("database").doesNotContain("brokers").doesNotContain(System.getProperty("user.dir"));
    }
}
