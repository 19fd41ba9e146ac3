package vn.antq.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
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
 * The one token maker of the tests: RS256 access tokens with the platform's claims, signed by default with the
 * published test key ({@code vn/antq/testsupport/tokens/test-signing-key-protects-nothing.pem}, a key that
 * protects nothing) for the test issuer {@link #ISSUER} and audience {@link #AUDIENCE}. A service's test context
 * verifies them with {@link #PUBLIC_KEY_PROPERTY}, {@link #NO_JWK_SET_PROPERTY} and {@link #ISSUER_PROPERTY}.
 * Roles are enum constants or names ({@code Role.RECORDER} or {@code "RECORDER"}).
 */
public final class TestTokens {

    /** The issuer the test contexts expect; {@code .invalid} so that it can never name a real host. */
    public static final String ISSUER = "https://issuer.test.antq.invalid";
    /** The audience identity-service puts in every access token, the services' default. */
    public static final String AUDIENCE = "antq-api";
    /** Where the test key's public half is, as a Spring resource. */
    public static final String PUBLIC_KEY_LOCATION =
            "classpath:vn/antq/testsupport/tokens/test-signing-key-protects-nothing.pub.pem";
    public static final String PUBLIC_KEY_PROPERTY = "antq.security.public-key-location=" + PUBLIC_KEY_LOCATION;
    /** The services' yml defaults to identity-service's JWK set; a test context verifies with the key instead. */
    public static final String NO_JWK_SET_PROPERTY = "antq.security.jwk-set-uri=";
    public static final String ISSUER_PROPERTY = "antq.security.issuer=" + ISSUER;

    private static final String PRIVATE_KEY_RESOURCE = "tokens/test-signing-key-protects-nothing.pem";
    private static final String PUBLIC_KEY_RESOURCE = "tokens/test-signing-key-protects-nothing.pub.pem";
    private static final TestTokens STANDARD = new TestTokens(testPrivateKey(), ISSUER, AUDIENCE, Clock.systemUTC());

    private final RSAPrivateKey key;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final String keyId;

    public TestTokens(RSAPrivateKey key, String issuer, String audience, Clock clock) {
        this(key, issuer, audience, clock, null);
    }

    private TestTokens(RSAPrivateKey key, String issuer, String audience, Clock clock, String keyId) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = issuer;
        this.audience = audience;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keyId = keyId;
    }

    /** Tokens of the test key, the test issuer and the default audience, issued now. */
    public static TestTokens standard() {
        return STANDARD;
    }

    /** The same maker with another private key (e.g. one the services do not know). */
    public TestTokens signedWith(RSAPrivateKey otherKey) {
        return new TestTokens(otherKey, issuer, audience, clock, keyId);
    }

    /** The same maker with another {@code iss}; null leaves the claim out. */
    public TestTokens issuer(String otherIssuer) {
        return new TestTokens(key, otherIssuer, audience, clock, keyId);
    }

    /** The same maker with another {@code aud}; null leaves the claim out. */
    public TestTokens audience(String otherAudience) {
        return new TestTokens(key, issuer, otherAudience, clock, keyId);
    }

    /** The same maker issuing at another time (an expired token: a clock in the past and a short lifetime). */
    public TestTokens at(Clock otherClock) {
        return new TestTokens(key, issuer, audience, otherClock, keyId);
    }

    /** The same maker naming its key in the header ({@code kid}). */
    public TestTokens keyId(String otherKeyId) {
        return new TestTokens(key, issuer, audience, clock, otherKeyId);
    }

    /** A token of {@code agency} with these roles, limited to {@code locality} unless it is null. */
    public String issue(String subject, String agency, Collection<?> roles, String locality, Duration ttl) {
        JWTClaimsSet.Builder claims = claims(subject, agency, roles, ttl);
        if (locality != null) {
            claims.claim("locality", locality);
        }
        return sign(claims.build());
    }

    /** A token of {@code agency} for an hour, with a subject made of the agency and locality. */
    public String token(String agency, String locality, Object... roles) {
        return issue("user-" + agency.toLowerCase(Locale.ROOT) + (locality == null ? "" : "-" + locality), agency,
                List.of(roles), locality, Duration.ofHours(1));
    }

    /** The claims {@link #issue} would sign, to change before {@link #sign}ing them. */
    public JWTClaimsSet.Builder claims(String subject, String agency, Collection<?> roles, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .claim("agency", agency)
                .claim("roles", roles.stream().map(TestTokens::name).distinct().toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        return claims;
    }

    /** Exactly these claims, RS256 with this maker's key. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(keyId).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the test token", e);
        }
        return jwt.serialize();
    }

    /** The published test key's private half: it protects nothing. */
    public static RSAPrivateKey testPrivateKey() {
        return (RSAPrivateKey) parse(PRIVATE_KEY_RESOURCE, "PRIVATE KEY");
    }

    /** The published test key's public half, the one the test contexts verify with. */
    public static RSAPublicKey testPublicKey() {
        return (RSAPublicKey) parse(PUBLIC_KEY_RESOURCE, "PUBLIC KEY");
    }

    /** The PEM text of the test key's public half, e.g. to serve it or write it to a file. */
    public static String testPublicKeyPem() {
        return read(PUBLIC_KEY_RESOURCE);
    }

    /** A fresh 2048-bit RSA key pair, e.g. a key the services do not know. */
    public static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Object role) {
        return role instanceof Enum<?> constant ? constant.name() : String.valueOf(role);
    }

    private static Object parse(String resource, String type) {
        String pem = read(resource);
        int begin = pem.indexOf("-----BEGIN " + type + "-----");
        int end = pem.indexOf("-----END " + type + "-----");
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + type.length() + 16, end));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return type.equals("PUBLIC KEY") ? rsa.generatePublic(new X509EncodedKeySpec(der))
                    : rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test key " + resource + " is not an RSA key", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
