package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import vn.antq.testsupport.TestTokens;

class VerifiedTokensTest {

    private final TestTokens issuer = TestTokens.standard();

    @Test
    void theSameTokenAgainIsTakenWithoutASecondVerification() {
        AtomicInteger verifications = new AtomicInteger();
        JwtDecoder platform = TokenVerification.decoder(
                KitSecurityProperties.publicKey(TokenVerificationTest.TEST_PUBLIC_KEY, TestTokens.ISSUER));
        JwtDecoder counted = token -> {
            verifications.incrementAndGet();
            return platform.decode(token);
        };
        VerifiedTokens tokens = new VerifiedTokens(counted, jwt -> OAuth2TokenValidatorResult.success(),
                Duration.ofMinutes(5));
        String lan = issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER), "62", Duration.ofHours(1));
        String hoa = issuer.issue("hoa", "POLICE", List.of(Role.APPROVER), "62", Duration.ofHours(1));

        Jwt first = tokens.decode(lan);
        assertThat(tokens.decode(lan)).isSameAs(first);
        assertThat(tokens.decode(hoa).getSubject()).isEqualTo("hoa");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRememberedAndIsRefusedEachTime() {
        JwtDecoder platform = TokenVerification.decoder(
                KitSecurityProperties.publicKey(TokenVerificationTest.TEST_PUBLIC_KEY, TestTokens.ISSUER));
        String forged = issuer.signedWith((RSAPrivateKey) TestTokens.newRsaKeyPair().getPrivate())
                .issue("lan", "POLICE", List.of(Role.ADMIN), null, Duration.ofHours(1));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> platform.decode(forged)).isInstanceOf(BadJwtException.class);
        }
    }

    @Test
    void aRememberedTokenThatNoLongerPassesItsChecksIsRefusedByTheDecoderAgain() {
        AtomicBoolean expired = new AtomicBoolean();
        AtomicInteger verifications = new AtomicInteger();
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("lan").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
        JwtDecoder decoder = token -> {
            verifications.incrementAndGet();
            if (expired.get()) {
                throw new JwtValidationException("expired", List.of(new OAuth2Error("invalid_token")));
            }
            return jwt;
        };
        VerifiedTokens tokens = new VerifiedTokens(decoder, token -> expired.get()
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token"))
                : OAuth2TokenValidatorResult.success(), Duration.ofMinutes(5));

        assertThat(tokens.decode("t")).isSameAs(jwt);
        assertThat(tokens.decode("t")).isSameAs(jwt);
        assertThat(verifications).hasValue(1);
        expired.set(true);
        assertThatThrownBy(() -> tokens.decode("t")).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode("t")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void thePlatformsDecoderRemembersWhatItVerified() {
        JwtDecoder platform = TokenVerification.decoder(
                KitSecurityProperties.publicKey(TokenVerificationTest.TEST_PUBLIC_KEY, TestTokens.ISSUER));
        String lan = issuer.issue("lan", "WOMEN_UNION", List.of(Role.RECORDER), "62", Duration.ofHours(1));

        assertThat(platform).isInstanceOf(VerifiedTokens.class);
        assertThat(platform.decode(lan)).isSameAs(platform.decode(lan));
    }
}
