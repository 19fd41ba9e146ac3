package vn.antq.portal;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import vn.antq.testsupport.TestInfrastructure;

/** Starts the test platform and points the portal at it: identity-service as the provider, the stub as every service. */
public class PortalWithIdentityInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPlatform.identity();
        String backend = TestPlatform.backend().uri().toString();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("antq-test-platform", Map.of(
                "server.port", String.valueOf(TestPlatform.PORTAL_PORT),
                "spring.mongodb.uri", TestInfrastructure.mongoConnectionString(),
                "spring.security.oauth2.client.provider.antq.issuer-uri", TestPlatform.identityUrl(),
                "antq.portal.administration-url", TestPlatform.identityUrl() + "/admin",
                "antq.portal.services.events", backend,
                "antq.portal.services.models", backend,
                "antq.portal.services.awards", backend,
                "antq.portal.services.analytics", backend)));
    }
}
