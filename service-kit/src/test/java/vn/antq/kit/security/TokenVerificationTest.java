package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class TokenVerificationTest {

    private final JwtDecoder decoder = TokenVerification.decoder(new KitSecurityProperties(null, JwtIssuerTest.SECRET));
    private final JwtIssuer issuer = new JwtIssuer(JwtIssuerTest.SECRET);

    @Test
    void aTokenFromTheIssuerBecomesAnAuthenticatedUserWithRoleAuthorities() {
        Jwt jwt = decoder.decode(issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER, Role.APPROVER), "62",
                Duration.ofHours(1)));

        AntqAuthentication authentication = AntqAuthentication.of(jwt);

        assertThat(authentication.getPrincipal()).isEqualTo(new AntqUser("lan", "WOMEN_UNION",
                java.util.Set.of(Role.RECORDER, Role.APPROVER), "62"));
        assertThat(authentication.getName()).isEqualTo("lan");
        assertThat(authentication.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_RECORDER", "ROLE_APPROVER");
    }

    @Test
    void anExpiredTokenIsRejected() {
        JwtIssuer yesterday = new JwtIssuer(JwtIssuerTest.SECRET,
                Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        String expired = yesterday.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER), null, Duration.ofHours(1));

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        String forged = new JwtIssuer("another-secret-that-is-also-long-enough")
                .issue("lan", "POLICE", List.of(Role.ADMIN), null, Duration.ofHours(1));

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void anUnsignedTokenIsRejected() {
        assertThatThrownBy(() -> decoder.decode(unsigned())).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenWithoutAgencyIsRejected() throws Exception {
        String token = signed(new JWTClaimsSet.Builder().subject("lan").claim("roles", List.of("RECORDER")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("agency");
    }

    @Test
    void aTokenWithAnUnknownRoleIsRejected() throws Exception {
        String token = signed(new JWTClaimsSet.Builder().subject("lan").claim("agency", "POLICE")
                .claim("roles", List.of("RECORDER", "SUPERUSER")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("SUPERUSER");
    }

    @Test
    void startingWithoutJwkSetOrSecretFailsWithWhatToConfigure() {
        assertThatThrownBy(() -> TokenVerification.decoder(new KitSecurityProperties(null, "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.jwk-set-uri")
                .hasMessageContaining("antq.security.jwt-secret");
    }

    @Test
    void startingWithAShortSecretFails() {
        assertThatThrownBy(() -> TokenVerification.decoder(new KitSecurityProperties(null, "too-short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void aJwkSetUriNeedsNoSecret() {
        assertThat(TokenVerification.decoder(new KitSecurityProperties("https://issuer.example/jwks.json", null)))
                .isNotNull();
    }

    private static String signed(JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                claims.expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new MACSigner(JwtIssuerTest.SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** {@code alg: none}: what an attacker sends hoping the signature is not checked. */
    static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"sub\":\"mallory\",\"agency\":\"POLICE\",\"roles\":[\"ADMIN\"],"
                + "\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
