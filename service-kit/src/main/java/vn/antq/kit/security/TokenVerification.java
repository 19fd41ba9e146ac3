package vn.antq.kit.security;

import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the decoder that checks every bearer token: signature (Nimbus refuses {@code alg: none} and any
 * algorithm not listed here), {@code exp} present and not passed and {@code nbf} with Spring's default clock
 * skew, {@code iss} equal to the configured issuer ({@link KitSecurityProperties#issuer()}), then the platform's
 * own claims ({@link AntqClaims}). A token without {@code exp} would never expire: it is refused.
 */
final class TokenVerification {

    /** Asymmetric algorithms an identity provider's JWK set may use. */
    private static final List<SignatureAlgorithm> JWK_ALGORITHMS = List.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    private TokenVerification() {
    }

    /** Fails with a message saying what to configure when neither a JWK set nor a strong secret is set. */
    static JwtDecoder decoder(KitSecurityProperties properties) {
        NimbusJwtDecoder decoder;
        if (hasText(properties.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithms(algorithms -> algorithms.addAll(JWK_ALGORITHMS))
                    .build();
        } else if (hasText(properties.jwtSecret())) {
            byte[] secret;
            try {
                secret = JwtIssuer.requireStrongSecret(properties.jwtSecret());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("antq.security.jwt-secret (ANTQ_JWT_SECRET) is too weak: "
                        + e.getMessage() + ". Use a random value of at least " + JwtIssuer.MIN_SECRET_BYTES
                        + " characters.");
            }
            decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        } else {
            throw new IllegalStateException("No way to verify tokens: set antq.security.jwk-set-uri (production:"
                    + " the identity provider's JWK set) or antq.security.jwt-secret (local stack: HS256 secret of"
                    + " at least " + JwtIssuer.MIN_SECRET_BYTES + " bytes, usually from ANTQ_JWT_SECRET).");
        }
        decoder.setJwtValidator(validator(properties.issuer()));
        return decoder;
    }

    /** Spring's defaults (timestamps) with the issuer, then {@code exp} required, then the platform's claims. */
    static OAuth2TokenValidator<Jwt> validator(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), TokenVerification::requireExpiry,
                new AntqClaims());
    }

    private static OAuth2TokenValidatorResult requireExpiry(Jwt jwt) {
        return jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "The token has no expiry (exp): it would never expire", null));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
