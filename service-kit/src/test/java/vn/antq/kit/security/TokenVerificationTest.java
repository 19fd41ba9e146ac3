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

    private final JwtDecoder decoder = TokenVerification.decoder(new KitSecurityProperties(null, JwtIssuerTest.SECRET, null));
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
        assertThatThrownBy(() -> TokenVerification.decoder(new KitSecurityProperties(null, "", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.jwk-set-uri")
                .hasMessageContaining("antq.security.jwt-secret");
    }

    @Test
    void startingWithAShortSecretFails() {
        assertThatThrownBy(() -> TokenVerification.decoder(new KitSecurityProperties(null, "too-short", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void aJwkSetUriNeedsNoSecret() {
        assertThat(TokenVerification.decoder(new KitSecurityProperties("https://issuer.example/jwks.json", null, "https://issuer.example")))
                .isNotNull();
    }

    @Test
    void aTokenWithoutExpiryIsRejectedThoughEverythingElseIsRight() throws Exception {
        String eternal = sign(new JWTClaimsSet.Builder().issuer(JwtIssuer.ISSUER).subject("lan").claim("agency", "POLICE")
                .claim("roles", List.of("RECORDER")).issueTime(new Date()));

        assertThatThrownBy(() -> decoder.decode(eternal)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no expiry (exp)");
        assertThat(decoder.decode(sign(new JWTClaimsSet.Builder().issuer(JwtIssuer.ISSUER).subject("lan").claim("agency", "POLICE")
                .claim("roles", List.of("RECORDER")).expirationTime(Date.from(Instant.now().plusSeconds(600))))).getSubject())
                .as("the same token with exp").isEqualTo("lan");
    }

    @Test
    void aTokenFromAnotherIssuerOrWithoutIssuerIsRejected() throws Exception {
        for (String issuer : new String[] {"https://evil.example", "antq-local ", "ANTQ-LOCAL", null}) {
            String token = sign(new JWTClaimsSet.Builder().issuer(issuer).subject("lan").claim("agency", "POLICE")
                    .claim("roles", List.of("ADMIN")).expirationTime(Date.from(Instant.now().plusSeconds(600))));

            assertThatThrownBy(() -> decoder.decode(token)).as(String.valueOf(issuer)).isInstanceOf(JwtValidationException.class)
                    .hasMessageContaining("iss");
        }
    }

    @Test
    void theExpectedIssuerIsConfigurableAndTheLocalIssuerIsTheDefault() throws Exception {
        JwtDecoder production = TokenVerification.decoder(new KitSecurityProperties(null, JwtIssuerTest.SECRET, "https://id.antq.vn"));
        String fromProduction = sign(new JWTClaimsSet.Builder().issuer("https://id.antq.vn").subject("lan").claim("agency", "POLICE")
                .claim("roles", List.of("RECORDER")).expirationTime(Date.from(Instant.now().plusSeconds(600))));
        String local = issuer.issue("lan", "POLICE", List.of(Role.RECORDER), null, Duration.ofMinutes(5));

        assertThat(production.decode(fromProduction).getSubject()).isEqualTo("lan");
        assertThatThrownBy(() -> production.decode(local)).isInstanceOf(JwtValidationException.class);
        assertThat(new KitSecurityProperties(null, JwtIssuerTest.SECRET, null).issuer()).isEqualTo("antq-local");
        assertThat(new KitSecurityProperties(null, JwtIssuerTest.SECRET, " ").issuer()).isEqualTo(JwtIssuer.ISSUER);
        assertThat(decoder.decode(local).getSubject()).isEqualTo("lan");
    }

    /** A token with the local issuer and an expiry, signed with the test secret. */
    private static String signed(JWTClaimsSet.Builder claims) throws Exception {
        return sign(claims.issuer(JwtIssuer.ISSUER).expirationTime(Date.from(Instant.now().plusSeconds(600))));
    }

    /** Exactly these claims, HS256 with the test secret. */
    static String sign(JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
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
