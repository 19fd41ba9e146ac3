package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.antq.testsupport.TestTokens;

/** A leftover shared secret of earlier versions stops the start-up, wherever it is set, saying what to set instead. */
class SharedSecretRefusedTest {

    private final KitSecurityConfiguration configuration = new KitSecurityConfiguration();
    private final KitSecurityProperties publicKey = KitSecurityProperties.publicKey(TokenVerificationTest.TEST_PUBLIC_KEY,
            TestTokens.ISSUER);

    @Test
    void aLeftoverAntqJwtSecretInTheEnvironmentStopsTheStartUp() {
        MockEnvironment environment = new MockEnvironment().withProperty("ANTQ_JWT_SECRET", "a-secret-from-an-old-env-file");

        assertThatThrownBy(() -> configuration.jwtDecoder(publicKey, environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer supported")
                .hasMessageContaining("antq.security.public-key-location");
    }

    @Test
    void theSecretPropertyStopsTheStartUpEvenWithAJwkSet() {
        KitSecurityProperties withSecret = new KitSecurityProperties("http://localhost:8085/oauth2/jwks", null,
                "antq-local-development-secret-not-for-production-use", "http://localhost:8085", null, null);

        assertThatThrownBy(() -> configuration.jwtDecoder(withSecret, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.jwt-secret");
    }

    @Test
    void anEmptyLeftoverVariableAsComposePassesItIsIgnored() {
        MockEnvironment environment = new MockEnvironment().withProperty("ANTQ_JWT_SECRET", "");

        assertThat(configuration.jwtDecoder(publicKey, environment)).isNotNull();
    }
}
