package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.testsupport.TestTokens;

class TokenVerificationTest {

    static final Resource TEST_PUBLIC_KEY = new DefaultResourceLoader().getResource(TestTokens.PUBLIC_KEY_LOCATION);

    private final JwtDecoder decoder = TokenVerification.decoder(
            KitSecurityProperties.publicKey(TEST_PUBLIC_KEY, TestTokens.ISSUER));
    private final TestTokens issuer = TestTokens.standard();

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
        TestTokens yesterday = issuer.at(Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        String expired = yesterday.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER), null, Duration.ofHours(1));

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        String forged = issuer.signedWith((RSAPrivateKey) TestTokens.newRsaKeyPair().getPrivate())
                .issue("lan", "POLICE", List.of(Role.ADMIN), null, Duration.ofHours(1));

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void anUnsignedTokenIsRejected() {
        assertThatThrownBy(() -> decoder.decode(unsigned())).isInstanceOf(BadJwtException.class);
    }

    @Test
    void anHs256TokenSignedWithThePublicKeyIsRejected() throws Exception {
        JWTClaimsSet claims = issuer.claims("mallory", "POLICE", List.of("ADMIN"), Duration.ofHours(1)).build();
        for (byte[] secret : List.of(TestTokens.testPublicKeyPem().getBytes(StandardCharsets.US_ASCII),
                TestTokens.testPublicKey().getEncoded())) {
            SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            confused.sign(new MACSigner(secret));

            assertThatThrownBy(() -> decoder.decode(confused.serialize())).isInstanceOf(BadJwtException.class);
        }
    }

    @Test
    void aTokenWithoutAgencyIsRejected() {
        String token = signed(new JWTClaimsSet.Builder().subject("lan").claim("roles", List.of("RECORDER")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("agency");
    }

    @Test
    void aTokenWithAnUnknownRoleIsRejected() {
        String token = signed(new JWTClaimsSet.Builder().subject("lan").claim("agency", "POLICE")
                .claim("roles", List.of("RECORDER", "SUPERUSER")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("SUPERUSER");
    }

    @Test
    void startingWithoutJwkSetOrPublicKeyFailsWithWhatToConfigure() {
        assertThatThrownBy(() -> TokenVerification.decoder(KitSecurityProperties.jwkSet("", TestTokens.ISSUER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.jwk-set-uri")
                .hasMessageContaining("antq.security.public-key-location");
    }

    @Test
    void startingWithBothJwkSetAndPublicKeyFails() {
        assertThatThrownBy(() -> TokenVerification.decoder(new KitSecurityProperties("https://issuer.example/jwks.json",
                TEST_PUBLIC_KEY, null, TestTokens.ISSUER, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Both")
                .hasMessageContaining("exactly one");
    }

    @Test
    void startingWithTheSharedSecretOfEarlierVersionsFailsSayingWhatToSetInstead() {
        assertThatThrownBy(() -> TokenVerification.decoder(new KitSecurityProperties("https://issuer.example/jwks.json",
                null, "antq-local-development-secret-not-for-production-use", "https://issuer.example", null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.jwt-secret")
                .hasMessageContaining("no longer supported")
                .hasMessageContaining("antq.security.jwk-set-uri")
                .hasMessageContaining("antq.security.public-key-location");
    }

    @Test
    void startingWithoutIssuerFails() {
        assertThatThrownBy(() -> TokenVerification.decoder(KitSecurityProperties.publicKey(TEST_PUBLIC_KEY, " ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.issuer");
    }

    @Test
    void aPublicKeyLocationWithoutAKeyFailsSayingWhere() {
        assertThatThrownBy(() -> TokenVerification.decoder(KitSecurityProperties.publicKey(
                new ByteArrayResource("not a key".getBytes(StandardCharsets.US_ASCII), "a note"), TestTokens.ISSUER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antq.security.public-key-location")
                .hasMessageContaining("PUBLIC KEY");
    }

    @Test
    void aJwkSetUriIsEnough() {
        assertThat(TokenVerification.decoder(KitSecurityProperties.jwkSet("https://issuer.example/jwks.json",
                "https://issuer.example"))).isNotNull();
    }

    @Test
    void aTokenWithoutExpiryIsRejectedThoughEverythingElseIsRight() {
        String eternal = sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("lan").claim("agency", "POLICE").claim("roles", List.of("RECORDER")).issueTime(new Date()));

        assertThatThrownBy(() -> decoder.decode(eternal)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no expiry (exp)");
        assertThat(decoder.decode(sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("lan").claim("agency", "POLICE").claim("roles", List.of("RECORDER"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))))).getSubject())
                .as("the same token with exp").isEqualTo("lan");
    }

    @Test
    void aTokenFromAnotherIssuerOrWithoutIssuerIsRejected() {
        for (String other : new String[] {"https://evil.example", TestTokens.ISSUER + " ", TestTokens.ISSUER + "/",
                TestTokens.ISSUER.toUpperCase(), null}) {
            String token = sign(new JWTClaimsSet.Builder().issuer(other).audience(TestTokens.AUDIENCE).subject("lan")
                    .claim("agency", "POLICE").claim("roles", List.of("ADMIN"))
                    .expirationTime(Date.from(Instant.now().plusSeconds(600))));

            assertThatThrownBy(() -> decoder.decode(token)).as(String.valueOf(other))
                    .isInstanceOf(JwtValidationException.class).hasMessageContaining("iss");
        }
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutAudienceIsRejected() {
        for (List<String> audience : List.<List<String>>of(List.of("another-api"), List.of(), List.of("ANTQ-API"))) {
            String token = sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience(audience).subject("lan")
                    .claim("agency", "POLICE").claim("roles", List.of("ADMIN"))
                    .expirationTime(Date.from(Instant.now().plusSeconds(600))));

            assertThatThrownBy(() -> decoder.decode(token)).as(String.valueOf(audience))
                    .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
        }
        assertThat(decoder.decode(sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
                .audience(List.of("portal", TestTokens.AUDIENCE)).subject("lan").claim("agency", "POLICE")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))))).getSubject())
                .as("one of several audiences").isEqualTo("lan");
    }

    @Test
    void theExpectedIssuerAndAudienceAreConfigurable() {
        JwtDecoder production = TokenVerification.decoder(new KitSecurityProperties(null, TEST_PUBLIC_KEY, null,
                "https://id.antq.vn", "activities", null));
        String fromProduction = issuer.issuer("https://id.antq.vn").audience("activities")
                .issue("lan", "POLICE", List.of(Role.RECORDER), null, Duration.ofMinutes(5));
        String test = issuer.issue("lan", "POLICE", List.of(Role.RECORDER), null, Duration.ofMinutes(5));

        assertThat(production.decode(fromProduction).getSubject()).isEqualTo("lan");
        assertThatThrownBy(() -> production.decode(test)).isInstanceOf(JwtValidationException.class);
        assertThat(decoder.decode(test).getSubject()).isEqualTo("lan");
        assertThatThrownBy(() -> decoder.decode(fromProduction)).isInstanceOf(JwtValidationException.class);
        assertThat(KitSecurityProperties.publicKey(TEST_PUBLIC_KEY, TestTokens.ISSUER).audience()).isEqualTo("antq-api");
    }

    @Test
    void theClaimNamesAreConfigurableForAnotherIdentityProvider() {
        KitSecurityProperties.Claims names = new KitSecurityProperties.Claims("org_code", "groups", "unit");
        JwtDecoder keycloak = TokenVerification.decoder(new KitSecurityProperties(null, TEST_PUBLIC_KEY, null,
                TestTokens.ISSUER, null, names));
        String token = sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("lan").claim("org_code", "WOMEN_UNION").claim("groups", List.of("RECORDER")).claim("unit", "62")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))));

        Jwt jwt = keycloak.decode(token);

        assertThat(AntqAuthentication.of(jwt, new AntqClaims(names)).getPrincipal())
                .isEqualTo(new AntqUser("lan", "WOMEN_UNION", java.util.Set.of(Role.RECORDER), "62"));
        assertThatThrownBy(() -> decoder.decode(token)).as("the default names are not there")
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("agency");
        assertThatThrownBy(() -> keycloak.decode(issuer.token("POLICE", null, Role.ADMIN)))
                .as("the platform's names are not read").isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("org_code");
    }

    @Test
    void anEcPublicKeyVerifiesEs256TokensAndNothingElse() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        JwtDecoder ec = TokenVerification.decoder(KitSecurityProperties.publicKey(new ByteArrayResource(
                PemKeys.toPem(pair.getPublic()).getBytes(StandardCharsets.US_ASCII)), TestTokens.ISSUER));
        JWTClaimsSet claims = issuer.claims("lan", "POLICE", List.of("OPS"), Duration.ofMinutes(5)).build();
        SignedJWT es256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("any-key-id").build(), claims);
        es256.sign(new ECDSASigner((ECPrivateKey) pair.getPrivate()));

        assertThat(ec.decode(es256.serialize()).getSubject()).isEqualTo("lan");
        assertThatThrownBy(() -> ec.decode(issuer.sign(claims))).as("RS256").isInstanceOf(BadJwtException.class);
    }

    @Test
    void aKeyIdInTheHeaderDoesNotMatterWithOnePublicKey() {
        assertThat(decoder.decode(issuer.keyId("identity-key-1").token("POLICE", null, Role.OPS)).getSubject())
                .isEqualTo("user-police");
    }

    /** A token with the test issuer and audience and an expiry. */
    private static String signed(JWTClaimsSet.Builder claims) {
        return sign(claims.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))));
    }

    /** Exactly these claims, RS256 with the test key. */
    static String sign(JWTClaimsSet.Builder claims) {
        return TestTokens.standard().sign(claims.build());
    }

    /** {@code alg: none}: what an attacker sends hoping the signature is not checked. */
    static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"sub\":\"mallory\",\"agency\":\"POLICE\",\"roles\":[\"ADMIN\"],"
                + "\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\","
                + "\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
