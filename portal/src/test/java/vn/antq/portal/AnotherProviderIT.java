package vn.antq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import com.nimbusds.jwt.SignedJWT;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import vn.antq.testsupport.TestInfrastructure;
import vn.antq.testsupport.TestInfrastructureCondition;

/**
 * The portal signs people in at another, independent OpenID Connect provider (mock-oauth2-server standing in for
 * a provincial single sign-on) that names the platform's claims differently: only configuration changes.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.config.name=" + PortalApplication.CONFIG_NAME, "spring.mongodb.database=portal_it_other",
                "antq.portal.claims.name=full_name", "antq.portal.claims.agency=org_code",
                "antq.portal.claims.roles=groups", "antq.portal.claims.locality=unit_code"})
@ExtendWith(TestInfrastructureCondition.class)
@ContextConfiguration(initializers = AnotherProviderIT.Provider.class)
class AnotherProviderIT {

    static final String ISSUER_ID = "province-sso";
    static final int PORT = TestPlatform.freePort();
    static MockOAuth2Server provider;

    /** Starts the other provider and points the portal at it. */
    static class Provider implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            provider = new MockOAuth2Server();
            provider.start();
            String backend = TestPlatform.backend().uri().toString();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("antq-other-provider", Map.of(
                    "server.port", String.valueOf(PORT),
                    "spring.mongodb.uri", TestInfrastructure.mongoConnectionString(),
                    "spring.security.oauth2.client.provider.antq.issuer-uri", provider.issuerUrl(ISSUER_ID).toString(),
                    "antq.portal.services.events", backend,
                    "antq.portal.services.models", backend,
                    "antq.portal.services.awards", backend,
                    "antq.portal.services.analytics", backend)));
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void anOfficerSignedInAtAnotherProviderIsNamedAndTheirTokenRelayed() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "tran.van.thanh", "JWT", List.of("portal"),
                Map.of("full_name", "Trần Văn Thành", "org_code", "FARMERS", "groups", List.of("APPROVER"),
                        "unit_code", "62"), 300));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> landing = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/");
        assertThat(landing.uri().getPort()).isEqualTo(PORT);
        assertThat(landing.body()).contains("Trần Văn Thành", "Hội Nông dân", "Tỉnh Kon Tum", "Phê duyệt")
                .doesNotContain("eyJ");

        HttpResponse<String> relayed = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + PORT + "/api/analytics/v1/analytics/participation")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(relayed.statusCode()).isEqualTo(200);
        String bearer = TestPlatform.backend().seen("/api/v1/analytics/participation").authorization();
        SignedJWT token = SignedJWT.parse(bearer.substring("Bearer ".length()));
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(provider.issuerUrl(ISSUER_ID).toString());
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("tran.van.thanh");
    }
}
