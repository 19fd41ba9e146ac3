package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;
import vn.antq.testsupport.TestTokens;

/**
 * 401 without a valid token, 403 when the token does not cover the record; both as problem+json. The test
 * application verifies RS256 tokens with the test key's public half, for the test issuer and audience.
 */
@KitWebTest
class SecurityIT {

    private static final String NOTES = "/api/v1/notes";

    private final KitHttp http;

    SecurityIT(@LocalServerPort int port) {
        http = new KitHttp(port);
    }

    @Test
    void withoutATokenTheAnswerIs401AskingForABearerToken() {
        KitHttp.Reply reply = http.post(NOTES, KitHttp.VALID_NOTE).call().assertProblem(401);

        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.type()).isEqualTo("https://antq.vn/problems/unauthenticated");
        assertThat(reply.detail()).startsWith("Yêu cầu này cần mã xác thực");
    }

    @Test
    void anExpiredTokenIs401() {
        TestTokens lastWeek = TestTokens.standard()
                .at(Clock.fixed(Instant.now().minus(Duration.ofDays(7)), ZoneOffset.UTC));
        String expired = lastWeek.issue("lan", "WOMEN_UNION", Set.of(Role.RECORDER), null, Duration.ofHours(12));

        KitHttp.Reply reply = http.get(NOTES).bearer(expired).english().call().assertProblem(401);

        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(reply.detail()).isEqualTo("The token is invalid or has expired.");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        String forged = TestTokens.standard().signedWith((RSAPrivateKey) TestTokens.newRsaKeyPair().getPrivate())
                .issue("mallory", "POLICE", Set.of(Role.ADMIN), null, Duration.ofHours(1));

        http.get(NOTES).bearer(forged).call().assertProblem(401);
    }

    @Test
    void anHs256TokenSignedWithThePublicKeysBytesIs401() throws Exception {
        // Algorithm confusion: a verifier that took the key's bytes as an HMAC secret would accept this.
        JWTClaimsSet claims = TestTokens.standard().claims("mallory", "POLICE", List.of("ADMIN"), Duration.ofHours(1))
                .build();
        for (byte[] secret : List.of(TestTokens.testPublicKeyPem().getBytes(StandardCharsets.US_ASCII),
                TestTokens.testPublicKey().getEncoded())) {
            SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            confused.sign(new MACSigner(secret));

            http.get(NOTES).bearer(confused.serialize()).call().assertProblem(401);
        }
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutAudienceIs401AndTheSameTokenForTheApiIsNot() throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).subject("lan")
                .claim("agency", "WOMEN_UNION").claim("roles", List.of("RECORDER"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));

        http.get(NOTES).bearer(sign(claims)).call().assertProblem(401);
        http.get(NOTES).bearer(sign(claims.audience("another-api"))).call().assertProblem(401);
        assertThat(http.get(NOTES).bearer(sign(claims.audience(List.of("another-api", TestTokens.AUDIENCE)))).call()
                .status()).isEqualTo(200);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        http.get(NOTES).bearer(TokenVerificationTest.unsigned()).call().assertProblem(401);
    }

    @Test
    void aTokenThatIsNotAJwtIs401() {
        http.get(NOTES).bearer("not-a-token").call().assertProblem(401);
    }

    @Test
    void aTokenWithoutAgencyIs401SayingWhy() throws Exception {
        String token = signed(new JWTClaimsSet.Builder().subject("lan").claim("roles", List.of("RECORDER")));

        KitHttp.Reply reply = http.get(NOTES).bearer(token).call().assertProblem(401);

        assertThat(reply.detail()).startsWith("Mã xác thực thiếu đơn vị (agency)");
    }

    @Test
    void aTokenWithAnUnknownRoleIs401() throws Exception {
        String token = signed(new JWTClaimsSet.Builder().subject("lan").claim("agency", "POLICE")
                .claim("roles", List.of("SUPERUSER")));

        http.get(NOTES).bearer(token).call().assertProblem(401);
    }

    @Test
    void recordingForAnotherAgencyIs403WithTheReason() {
        String body = KitHttp.VALID_NOTE.replace("WOMEN_UNION", "POLICE");

        KitHttp.Reply vietnamese = http.post(NOTES, body).bearer(http.recorder()).call().assertProblem(403);
        KitHttp.Reply english = http.post(NOTES, body).bearer(http.recorder()).english().call().assertProblem(403);

        assertThat(vietnamese.detail()).isEqualTo("Tài khoản của Hội Liên hiệp Phụ nữ không được ghi dữ liệu cho Công an");
        assertThat(english.detail()).isEqualTo("A Women's Union account cannot record for Police");
        assertThat(vietnamese.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void recordingOutsideTheTokensLocalityIs403() {
        String cityRecorder = http.token("WOMEN_UNION", "608", Role.RECORDER);

        KitHttp.Reply reply = http.post(NOTES, KitHttp.VALID_NOTE).bearer(cityRecorder).call().assertProblem(403);

        assertThat(reply.detail()).startsWith("Tài khoản chỉ được ghi dữ liệu trong địa bàn có mã 608");
    }

    @Test
    void recordingInsideTheTokensLocalityIsAllowed() {
        String provinceRecorder = http.token("WOMEN_UNION", "62", Role.RECORDER);

        assertThat(http.post(NOTES, KitHttp.VALID_NOTE).bearer(provinceRecorder).call().status()).isEqualTo(201);
    }

    @Test
    void methodSecurityRefusalsAre403ProblemsAndRolesBecomeAuthorities() {
        KitHttp.Reply refused = http.delete(NOTES + "/n-1").bearer(http.recorder()).call().assertProblem(403);
        KitHttp.Reply allowed = http.delete(NOTES + "/n-1").bearer(http.token("POLICE", Role.ADMIN)).call();

        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(refused.detail()).isEqualTo("Tài khoản không có quyền thực hiện thao tác này.");
        assertThat(allowed.status()).isEqualTo(204);
    }

    @Test
    void aTokenWithoutExpiryIs401() throws Exception {
        String eternal = sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("lan").claim("agency", "WOMEN_UNION")
                .claim("roles", List.of("RECORDER")).issueTime(new Date()));

        KitHttp.Reply reply = http.get(NOTES).bearer(eternal).english().call().assertProblem(401);

        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(reply.detail()).isEqualTo("The token is invalid or has expired.");
    }

    @Test
    void aTokenFromAnotherIssuerIs401AndTheSameTokenFromTheLocalIssuerIsNot() throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("lan").claim("agency", "WOMEN_UNION")
                .audience(TestTokens.AUDIENCE).claim("roles", List.of("RECORDER"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));

        http.get(NOTES).bearer(sign(claims.issuer("https://evil.example"))).call().assertProblem(401);
        assertThat(http.get(NOTES).bearer(sign(claims.issuer(TestTokens.ISSUER))).call().status()).isEqualTo(200);
    }

    /** A token with the test issuer, the API's audience and an expiry. */
    private static String signed(JWTClaimsSet.Builder claims) {
        return sign(claims.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))));
    }

    /** Exactly these claims, RS256 with the test key the test application verifies with. */
    private static String sign(JWTClaimsSet.Builder claims) {
        return TestTokens.standard().sign(claims.build());
    }
}
