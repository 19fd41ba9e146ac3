package vn.antq.kit.security;

import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs RS256 access tokens with the platform's claims ({@code sub}, {@code agency}, {@code roles},
 * {@code locality}, {@code iss}, {@code aud}, {@code iat}, {@code exp}, {@code jti}) given a private RSA key: for
 * the benchmark's own platform and for scripts ({@link TokenCommand}). People's tokens come from the identity
 * provider (identity-service); a service accepts these only if its {@code antq.security.public-key-location}
 * (or JWK set) holds the matching public key and its issuer and audience match.
 */
public final class JwtIssuer {

    private final RSAPrivateKey key;
    private final String keyId;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    /**
     * @param key      the RSA private key (2048 bits or more)
     * @param keyId    the {@code kid} header naming the key in the issuer's JWK set, or null for none
     * @param issuer   the {@code iss} claim, the verifying service's {@code antq.security.issuer}
     * @param audience the {@code aud} claim, the verifying service's {@code antq.security.audience}
     * @param clock    the time the tokens are issued at (tests issue tokens that are already expired)
     */
    public JwtIssuer(PrivateKey key, String keyId, String issuer, String audience, Clock clock) {
        if (!(key instanceof RSAPrivateKey rsa)) {
            throw new IllegalArgumentException("RS256 needs an RSA private key");
        }
        if (rsa.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("The RSA key has " + rsa.getModulus().bitLength()
                    + " bits; RS256 needs at least 2048");
        }
        requireText(issuer, "issuer");
        requireText(audience, "audience");
        this.key = rsa;
        this.keyId = keyId;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public JwtIssuer(PrivateKey key, String issuer, String audience) {
        this(key, null, issuer, audience, Clock.systemUTC());
    }

    /** The same issuer at another time, e.g. to issue a token that has already expired. */
    public JwtIssuer at(Clock otherClock) {
        return new JwtIssuer(key, keyId, issuer, audience, otherClock);
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
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .claim(AntqClaims.AGENCY, agency)
                .claim(AntqClaims.ROLES, roles.stream().distinct().map(Role::name).toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (locality != null) {
            requireText(locality, "locality");
            claims.claim(AntqClaims.LOCALITY, locality);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(keyId).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
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
