package vn.antq.resilience.access;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;

/**
 * Tokens an attacker or a broken client presents: expired, not yet valid, signed with the wrong key (the public
 * development secret, another HS256 key claiming ADMIN for another agency, an RSA key nobody trusts), with
 * {@code alg: none}, with a payload changed after signing, without {@code exp}, from another issuer or none, or with
 * claims the platform does not accept. Each must be a 401 and change nothing.
 */
final class ForgedTokens {

    private final String secret;

    ForgedTokens(String secret) {
        this.secret = secret;
    }

    /** Name -> the value of the Authorization header (or of the query parameter, for the last one). */
    Map<String, String> all() {
        Map<String, String> tokens = new LinkedHashMap<>();
        String valid = new JwtIssuer(secret).issue("attacker", "WOMEN_UNION", List.of(Role.RECORDER), null, Duration.ofHours(1));
        tokens.put("expired an hour ago", bearer(new JwtIssuer(secret, Clock.offset(Clock.system(ZoneOffset.UTC),
                Duration.ofHours(-2))).issue("attacker", "WOMEN_UNION", List.of(Role.RECORDER), null, Duration.ofHours(1))));
        tokens.put("not valid for another hour (nbf)", bearer(hs256(secret, claims("attacker", "WOMEN_UNION", List.of("RECORDER"))
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build(), JWSAlgorithm.HS256)));
        tokens.put("signed with the public development secret", bearer(new JwtIssuer(JwtIssuer.LOCAL_DEVELOPMENT_SECRET)
                .issue("attacker", "WOMEN_UNION", List.of(Role.RECORDER, Role.ADMIN), null, Duration.ofHours(1))));
        tokens.put("forged agency claim: POLICE ADMIN signed with another key", bearer(new JwtIssuer(randomSecret())
                .issue("attacker", "POLICE", List.of(Role.RECORDER, Role.APPROVER, Role.OPS, Role.ADMIN), null, Duration.ofHours(1))));
        tokens.put("alg none", bearer(unsigned(claims("attacker", "POLICE", List.of("ADMIN", "RECORDER")).build().toString())));
        tokens.put("alg none keeping a real signature", bearer(unsigned(claims("attacker", "POLICE", List.of("ADMIN")).build()
                .toString()) + valid.substring(valid.lastIndexOf('.') + 1)));
        tokens.put("payload changed after signing (roles ADMIN)", bearer(tampered(valid)));
        tokens.put("HS512 with the right secret", bearer(hs256(secret + secret, claims("attacker", "WOMEN_UNION",
                List.of("RECORDER")).build(), JWSAlgorithm.HS512)));
        tokens.put("RS256 from a key nobody trusts", bearer(rs256(claims("attacker", "POLICE", List.of("ADMIN")).build())));
        tokens.put("no agency claim", bearer(hs256(secret, new JWTClaimsSet.Builder().subject("attacker")
                .claim("roles", List.of("ADMIN")).expirationTime(Date.from(Instant.now().plusSeconds(3600))).build(),
                JWSAlgorithm.HS256)));
        tokens.put("an unknown role", bearer(hs256(secret, claims("attacker", "WOMEN_UNION", List.of("SUPERUSER")).build(),
                JWSAlgorithm.HS256)));
        tokens.put("roles as a string", bearer(hs256(secret, new JWTClaimsSet.Builder().subject("attacker")
                .claim("agency", "WOMEN_UNION").claim("roles", "ADMIN")
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build(), JWSAlgorithm.HS256)));
        tokens.put("a locality that is no code", bearer(hs256(secret, claims("attacker", "WOMEN_UNION", List.of("RECORDER"))
                .claim("locality", "62' || '1'='1").build(), JWSAlgorithm.HS256)));
        tokens.put("no exp (a token that never expires)", bearer(hs256(secret, new JWTClaimsSet.Builder().issuer(JwtIssuer.ISSUER)
                .subject("attacker").claim("agency", "WOMEN_UNION").claim("roles", List.of("RECORDER")).issueTime(new Date())
                .build(), JWSAlgorithm.HS256)));
        tokens.put("another issuer (iss https://evil.example)", bearer(hs256(secret, claims("attacker", "WOMEN_UNION",
                List.of("RECORDER")).issuer("https://evil.example").build(), JWSAlgorithm.HS256)));
        tokens.put("no issuer", bearer(hs256(secret, claims("attacker", "WOMEN_UNION", List.of("RECORDER")).issuer(null).build(),
                JWSAlgorithm.HS256)));
        tokens.put("garbage", "Bearer abc.def.ghi");
        tokens.put("an empty bearer", "Bearer ");
        tokens.put("Basic credentials", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        tokens.put("a valid token in the query string, none in the header", "?access_token=" + valid);
        return tokens;
    }

    private static JWTClaimsSet.Builder claims(String subject, String agency, List<String> roles) {
        return new JWTClaimsSet.Builder().issuer(JwtIssuer.ISSUER).subject(subject).claim("agency", agency)
                .claim("roles", roles).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)));
    }

    private static String hs256(String key, JWTClaimsSet claims, JWSAlgorithm algorithm) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String rs256(JWTClaimsSet claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
            return jwt.serialize();
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"alg":"none"}.payload.} with an empty signature. */
    private static String unsigned(String claimsJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The valid token's header and signature around a payload that now claims ADMIN. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"RECORDER\"", "\"RECORDER\",\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[40];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
