package vn.antq.kit.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs HS256 tokens for the local stack, for tests and for people trying the API. Production
 * tokens come from an identity provider and are checked against its JWK set instead.
 */
public final class JwtIssuer {

    /**
     * The secret the local stack and the tests share when {@code ANTQ_JWT_SECRET} is not set.
     * Public on purpose, so it must never protect anything real.
     */
    public static final String LOCAL_DEVELOPMENT_SECRET = "antq-local-development-secret-not-for-production-use";

    public static final String ISSUER = "antq-local";

    /** HS256 needs a key at least as long as its 256-bit output. */
    public static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;
    private final Clock clock;

    public JwtIssuer(String secret) {
        this(secret, Clock.systemUTC());
    }

    /** With a clock, so that tests can issue tokens that are already expired or not yet valid. */
    public JwtIssuer(String secret, Clock clock) {
        this.secret = requireStrongSecret(secret);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The secret's bytes, after checking it is long enough for HS256. */
    public static byte[] requireStrongSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("The JWT secret is empty");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The JWT secret has " + bytes.length
                    + " bytes; HS256 needs at least " + MIN_SECRET_BYTES);
        }
        return bytes;
    }

    public String issue(String subject, String agency, Collection<Role> roles, String locality, Duration ttl) {
        requireText(subject, "subject");
        requireText(agency, "agency");
        Objects.requireNonNull(roles, "roles");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .claim(AntqClaims.AGENCY, agency)
                .claim(AntqClaims.ROLES, roles.stream().distinct().map(Role::name).toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (locality != null) {
            requireText(locality, "locality");
            claims.claim(AntqClaims.LOCALITY, locality);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
        return jwt.serialize();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
