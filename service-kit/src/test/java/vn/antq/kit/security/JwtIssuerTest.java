package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class JwtIssuerTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";

    private final Instant now = Instant.parse("2024-05-01T01:00:00Z");
    private final JwtIssuer issuer = new JwtIssuer(SECRET, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void anIssuedTokenVerifiesWithTheSecretAndCarriesThePlatformClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER, Role.APPROVER),
                "62", Duration.ofHours(12)));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("lan");
        assertThat(claims.getIssuer()).isEqualTo("antq-local");
        assertThat(claims.getStringClaim("agency")).isEqualTo("WOMEN_UNION");
        assertThat(claims.getStringListClaim("roles")).containsExactly("RECORDER", "APPROVER");
        assertThat(claims.getStringClaim("locality")).isEqualTo("62");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(now.plus(Duration.ofHours(12)));
    }

    @Test
    void aTokenWithoutLocalityHasNoLocalityClaim() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(issuer.issue("minh", "POLICE", List.of(Role.OPS), null,
                Duration.ofMinutes(5))).getJWTClaimsSet();

        assertThat(claims.getClaims()).doesNotContainKey("locality");
        assertThat(claims.getStringListClaim("roles")).containsExactly("OPS");
    }

    @Test
    void anotherSecretDoesNotVerifyTheToken() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER), null,
                Duration.ofHours(1)));

        assertThat(jwt.verify(new MACVerifier(
                "another-secret-that-is-also-long-enough".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new JwtIssuer("short-secret")).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new JwtIssuer("")).hasMessageContaining("empty");
    }

    @Test
    void theLocalDevelopmentSecretIsStrongEnough() {
        assertThat(JwtIssuer.LOCAL_DEVELOPMENT_SECRET.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void aTokenNeedsAnAgencyAndAPositiveLifetime() {
        assertThatThrownBy(() -> issuer.issue("lan", " ", List.of(), null, Duration.ofHours(1)))
                .hasMessageContaining("agency");
        assertThatThrownBy(() -> issuer.issue("lan", "POLICE", List.of(), null, Duration.ZERO))
                .hasMessageContaining("ttl");
    }
}
