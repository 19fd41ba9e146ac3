package vn.antq.resilience.access;

import java.nio.charset.StandardCharsets;
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
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.kit.security.PemKeys;
import vn.antq.resilience.stack.IdentityService;
import vn.antq.testsupport.TestTokens;

/**
 * Tokens an attacker or a broken client presents to services that verify RS256 by the issuer's JWK set: expired,
 * not yet valid, without {@code exp}; {@code alg: none}; HS256 "signed" with the public key (algorithm confusion,
 * the key's PEM text, its DER bytes or its JWK modulus taken as an HMAC secret); signed with a key not in the JWK set
 * (with no {@code kid}, or claiming the real key's {@code kid}), the repository's published test key among them;
 * from another issuer or none; for another audience or none; with a payload changed after signing; or with claims
 * the platform does not accept. Each must be a 401 and change nothing.
 */
final class ForgedTokens {

    private final IdentityService identity;

    ForgedTokens(IdentityService identity) {
        this.identity = identity;
    }

    /** Name -> the value of the Authorization header (or of the query parameter, for the last one). */
    Map<String, String> all() {
        TestTokens real = identity.tokens();
        TestTokens unknownKey = real.signedWith((RSAPrivateKey) TestTokens.newRsaKeyPair().getPrivate());
        String valid = real.issue("attacker", "WOMEN_UNION", List.of("RECORDER"), null, Duration.ofHours(1));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired an hour ago", bearer(real.at(Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofHours(-2)))
                .issue("attacker", "WOMEN_UNION", List.of("RECORDER"), null, Duration.ofHours(1))));
        tokens.put("not valid for another hour (nbf)", bearer(real.sign(claims(real, "WOMEN_UNION", "RECORDER")
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build())));
        tokens.put("no exp (a token that never expires)", bearer(real.sign(claims(real, "WOMEN_UNION", "RECORDER")
                .expirationTime(null).build())));
        tokens.put("alg none", bearer(unsigned(claims(real, "POLICE", "ADMIN", "RECORDER").build().toString())));
        tokens.put("alg none keeping a real signature", bearer(unsigned(claims(real, "POLICE", "ADMIN").build().toString())
                + valid.substring(valid.lastIndexOf('.') + 1)));
        tokens.put("HS256 signed with the public key's PEM text (algorithm confusion)", bearer(hmac(
                PemKeys.toPem(identity.publicKey()).getBytes(StandardCharsets.US_ASCII), claims(real, "POLICE", "ADMIN"),
                JWSAlgorithm.HS256)));
        tokens.put("HS256 signed with the public key's DER bytes, naming its kid", bearer(hmacWithKeyId(
                identity.publicKey().getEncoded(), claims(real, "POLICE", "ADMIN"))));
        tokens.put("HS512 signed with the public key's modulus", bearer(hmac(modulus(), claims(real, "POLICE", "ADMIN"),
                JWSAlgorithm.HS512)));
        tokens.put("RS256 from a key not in the JWK set", bearer(unknownKey.keyId(null).issue("attacker", "POLICE",
                List.of("RECORDER", "APPROVER", "OPS", "ADMIN"), null, Duration.ofHours(1))));
        tokens.put("RS256 from a key not in the JWK set, naming the real kid", bearer(unknownKey.issue("attacker", "POLICE",
                List.of("ADMIN"), null, Duration.ofHours(1))));
        tokens.put("signed with the repository's published test key", bearer(TestTokens.standard().issuer(identity.issuer())
                .keyId(identity.keyId()).issue("attacker", "WOMEN_UNION", List.of("RECORDER", "ADMIN"), null,
                        Duration.ofHours(1))));
        tokens.put("payload changed after signing (roles ADMIN)", bearer(tampered(valid, "\"RECORDER\"", "\"RECORDER\",\"ADMIN\"")));
        tokens.put("payload changed after signing (agency POLICE)", bearer(tampered(valid, "\"WOMEN_UNION\"", "\"POLICE\"")));
        tokens.put("another issuer (iss https://evil.example)", bearer(real.issuer("https://evil.example")
                .issue("attacker", "WOMEN_UNION", List.of("RECORDER"), null, Duration.ofHours(1))));
        tokens.put("no issuer", bearer(real.issuer(null).issue("attacker", "WOMEN_UNION", List.of("RECORDER"), null,
                Duration.ofHours(1))));
        tokens.put("another audience (aud portal)", bearer(real.audience("portal").issue("attacker", "WOMEN_UNION",
                List.of("RECORDER"), null, Duration.ofHours(1))));
        tokens.put("no audience", bearer(real.audience(null).issue("attacker", "WOMEN_UNION", List.of("RECORDER"), null,
                Duration.ofHours(1))));
        tokens.put("no agency claim", bearer(real.sign(claims(real, "WOMEN_UNION", "ADMIN").claim("agency", null).build())));
        tokens.put("an unknown role", bearer(real.sign(claims(real, "WOMEN_UNION", "SUPERUSER").build())));
        tokens.put("roles as a string", bearer(real.sign(claims(real, "WOMEN_UNION").claim("roles", "ADMIN").build())));
        tokens.put("a locality that is no code", bearer(real.sign(claims(real, "WOMEN_UNION", "RECORDER")
                .claim("locality", "62' || '1'='1").build())));
        tokens.put("garbage", "Bearer abc.def.ghi");
        tokens.put("an empty bearer", "Bearer ");
        tokens.put("Basic credentials", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        tokens.put("a valid token in the query string, none in the header", "?access_token=" + valid);
        return tokens;
    }

    /** A valid token's claims (issuer, audience, an hour to live), to change before signing. */
    private static JWTClaimsSet.Builder claims(TestTokens tokens, String agency, String... roles) {
        return tokens.claims("attacker", agency, List.of(roles), Duration.ofHours(1));
    }

    private static String hmac(byte[] secret, JWTClaimsSet.Builder claims, JWSAlgorithm algorithm) {
        return hmac(secret, new JWSHeader(algorithm), claims);
    }

    private String hmacWithKeyId(byte[] secret, JWTClaimsSet.Builder claims) {
        return hmac(secret, new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(identity.keyId()).build(), claims);
    }

    private static String hmac(byte[] secret, JWSHeader header, JWTClaimsSet.Builder claims) {
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The JWK's {@code n} as published, long enough for HS512. */
    private byte[] modulus() {
        return new RSAKey.Builder(identity.publicKey()).build().getModulus().decode();
    }

    /** {@code {"alg":"none"}.payload.} with an empty signature. */
    private static String unsigned(String claimsJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The valid token's header and signature around a payload changed after signing. */
    private static String tampered(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        if (!payload.contains(from)) {
            throw new IllegalStateException("The payload has no " + from + ": " + payload);
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace(from, to)
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
