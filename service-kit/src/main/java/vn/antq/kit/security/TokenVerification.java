package vn.antq.kit.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Builds the decoder that checks every bearer token, only with the issuer's public keys: the signature
 * (RS, PS or ES algorithms only, so {@code alg: none} and every HS* token, including one "signed" with the
 * public key's bytes, are refused), {@code exp} present and not passed and {@code nbf} with Spring's default
 * clock skew, {@code iss} equal to {@link KitSecurityProperties#issuer()}, {@code aud} containing
 * {@link KitSecurityProperties#audience()}, then the platform's own claims ({@link AntqClaims}). A token
 * without {@code exp} would never expire: it is refused.
 */
final class TokenVerification {

    /** Asymmetric algorithms an identity provider may sign with; never HS*. */
    static final List<SignatureAlgorithm> RSA_ALGORITHMS = List.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512);
    static final List<SignatureAlgorithm> EC_ALGORITHMS = List.of(
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    /** How long a verified token is taken again without a second signature check (see {@link VerifiedTokens}). */
    static final Duration REMEMBER_VERIFIED = Duration.ofMinutes(5);

    private TokenVerification() {
    }

    /**
     * Fails with a message saying what to configure when neither or both of a JWK set and a public key are set,
     * when the issuer is missing, or when the no longer supported shared secret is set.
     */
    static JwtDecoder decoder(KitSecurityProperties properties) {
        if (hasText(properties.jwtSecret())) {
            throw new IllegalStateException("antq.security.jwt-secret (ANTQ_JWT_SECRET) is no longer supported:"
                    + " tokens are verified only with the issuer's public keys. Remove it and set"
                    + " antq.security.jwk-set-uri (ANTQ_JWK_SET_URI, e.g. identity-service's"
                    + " http://localhost:8085/oauth2/jwks) or antq.security.public-key-location (a PEM public key),"
                    + " and antq.security.issuer (ANTQ_SECURITY_ISSUER).");
        }
        boolean jwkSet = hasText(properties.jwkSetUri());
        boolean publicKey = properties.publicKeyLocation() != null;
        if (jwkSet == publicKey) {
            throw new IllegalStateException((jwkSet ? "Both" : "Neither") + " antq.security.jwk-set-uri and"
                    + " antq.security.public-key-location are set: set exactly one, the identity provider's JWK set"
                    + " (ANTQ_JWK_SET_URI, e.g. identity-service's http://localhost:8085/oauth2/jwks) or a PEM"
                    + " public key (classpath: or file:).");
        }
        if (!hasText(properties.issuer())) {
            throw new IllegalStateException("antq.security.issuer (ANTQ_SECURITY_ISSUER) is not set: it is the iss"
                    + " every token must carry, e.g. identity-service's http://localhost:8085.");
        }
        NimbusJwtDecoder decoder = jwkSet
                ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                        .jwsAlgorithms(algorithms -> {
                            algorithms.clear();
                            algorithms.addAll(RSA_ALGORITHMS);
                            algorithms.addAll(EC_ALGORITHMS);
                        })
                        .build()
                : publicKeyDecoder(properties.publicKeyLocation());
        // Spring reads an iss that looks like a URL as a java.net.URL, which drops surrounding blanks: keep it the
        // string it is, so that only the exact issuer passes.
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, REMEMBER_VERIFIED);
    }

    /** Spring's defaults (timestamps) with the issuer, then audience, {@code exp} required, the platform's claims. */
    static OAuth2TokenValidator<Jwt> validator(KitSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtAudienceValidator(properties.audience()), TokenVerification::requireExpiry,
                new AntqClaims(properties.claims()));
    }

    /**
     * One public key for every token, whatever {@code kid} the token names (a closed installation's or a test's
     * issuer may name its key); the algorithm must still be one of the key's family.
     */
    private static NimbusJwtDecoder publicKeyDecoder(Resource location) {
        PublicKey key = readPublicKey(location);
        Set<String> algorithms = (key instanceof RSAPublicKey ? RSA_ALGORITHMS : EC_ALGORITHMS).stream()
                .map(SignatureAlgorithm::getName).collect(Collectors.toUnmodifiableSet());
        if (!(key instanceof RSAPublicKey) && !(key instanceof ECPublicKey)) {
            throw new IllegalStateException("antq.security.public-key-location: not an RSA or EC key");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector((JWSKeySelector<SecurityContext>) (header, context) ->
                algorithms.contains(header.getAlgorithm().getName()) ? List.<Key>of(key) : List.of());
        // As Spring's own builders: the type header is not required, and the claims are checked by validator().
        processor.setJWSTypeVerifier((type, context) -> { });
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return new NimbusJwtDecoder(processor);
    }

    private static PublicKey readPublicKey(Resource location) {
        String pem;
        try (InputStream in = location.getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("antq.security.public-key-location: cannot read " + location + ": "
                    + e.getMessage(), e);
        }
        try {
            return PemKeys.publicKey(pem);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("antq.security.public-key-location: " + location
                    + " holds no RSA or EC public key (-----BEGIN PUBLIC KEY-----): " + e.getMessage(), e);
        }
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
