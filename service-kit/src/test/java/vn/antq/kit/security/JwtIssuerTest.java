package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.testsupport.TestTokens;

class JwtIssuerTest {

    private final Instant now = Instant.parse("2024-05-01T01:00:00Z");
    private final JwtIssuer issuer = new JwtIssuer(TestTokens.testPrivateKey(), "key-1", "https://scripts.antq.vn",
            "antq-api", Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void anIssuedTokenIsRs256VerifiesWithThePublicKeyAndCarriesThePlatformClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER, Role.APPROVER),
                "62", Duration.ofHours(12)));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("key-1");
        assertThat(jwt.verify(new RSASSAVerifier(TestTokens.testPublicKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("lan");
        assertThat(claims.getIssuer()).isEqualTo("https://scripts.antq.vn");
        assertThat(claims.getAudience()).containsExactly("antq-api");
        assertThat(claims.getJWTID()).isNotBlank();
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
    void anotherPublicKeyDoesNotVerifyTheToken() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER), null,
                Duration.ofHours(1)));

        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) TestTokens.newRsaKeyPair().getPublic()))).isFalse();
    }

    @Test
    void aTokenOfThisIssuerIsAcceptedByAServiceGivenItsPublicKey() {
        JwtIssuer forTheTests = new JwtIssuer(TestTokens.testPrivateKey(), TestTokens.ISSUER, TestTokens.AUDIENCE);

        assertThat(TokenVerification.decoder(KitSecurityProperties.publicKey(TokenVerificationTest.TEST_PUBLIC_KEY,
                TestTokens.ISSUER)).decode(forTheTests.issue("lan", "POLICE", List.of(Role.OPS), null,
                        Duration.ofMinutes(5))).getSubject()).isEqualTo("lan");
    }

    @Test
    void aWeakOrNonRsaKeyAndTheSharedSecretAreRefused() throws Exception {
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);

        assertThatThrownBy(() -> new JwtIssuer(small.generateKeyPair().getPrivate(), "i", "a"))
                .hasMessageContaining("at least 2048");
        assertThatThrownBy(() -> new JwtIssuer(ec.generateKeyPair().getPrivate(), "i", "a"))
                .hasMessageContaining("RSA private key");
        assertThatThrownBy(() -> new JwtIssuer(TestTokens.testPrivateKey(), " ", "a")).hasMessageContaining("issuer");
        assertThatThrownBy(() -> new JwtIssuer(TestTokens.testPrivateKey(), "i", null)).hasMessageContaining("audience");
    }

    @Test
    void aTokenNeedsAnAgencyAndAPositiveLifetime() {
        assertThatThrownBy(() -> issuer.issue("lan", " ", List.of(), null, Duration.ofHours(1)))
                .hasMessageContaining("agency");
        assertThatThrownBy(() -> issuer.issue("lan", "POLICE", List.of(), null, Duration.ZERO))
                .hasMessageContaining("ttl");
    }
}
