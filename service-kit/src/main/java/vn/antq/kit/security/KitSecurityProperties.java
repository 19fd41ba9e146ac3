package vn.antq.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How tokens are verified (DESIGN §4): only with the issuer's public keys, never with a shared secret. Exactly
 * one of {@code jwk-set-uri} (production: the identity provider's JWK set) and {@code public-key-location} (a
 * PEM public key, for tests and closed installations) is required; the service refuses to start otherwise.
 * Every token must be signed RS/PS/ES, come from {@code issuer}, name {@code audience} in its {@code aud},
 * carry {@code exp}, and carry the platform's claims under the names in {@code claims}.
 *
 * @param jwkSetUri         {@code antq.security.jwk-set-uri} (environment {@code ANTQ_JWK_SET_URI}), e.g.
 *                          identity-service's {@code http://localhost:8085/oauth2/jwks}
 * @param publicKeyLocation {@code antq.security.public-key-location}: a {@code -----BEGIN PUBLIC KEY-----} PEM
 *                          file (RSA or EC) as a Spring resource, {@code classpath:} or {@code file:}
 * @param jwtSecret         {@code antq.security.jwt-secret}: no longer supported; a service that has it set
 *                          refuses to start, saying what to set instead
 * @param issuer            {@code antq.security.issuer} (environment {@code ANTQ_SECURITY_ISSUER}): the {@code iss}
 *                          every token must carry; required
 * @param audience          {@code antq.security.audience}: a value the token's {@code aud} must contain
 *                          ({@code antq-api}, which identity-service puts in every access token)
 * @param claims            {@code antq.security.claims.*}: the names of the platform's claims in the tokens
 */
@ConfigurationProperties("antq.security")
public record KitSecurityProperties(String jwkSetUri, Resource publicKeyLocation, String jwtSecret, String issuer,
        @DefaultValue(KitSecurityProperties.DEFAULT_AUDIENCE) String audience, @DefaultValue Claims claims) {

    /** The audience identity-service puts in every access token for the platform's APIs. */
    public static final String DEFAULT_AUDIENCE = "antq-api";

    public KitSecurityProperties {
        if (audience == null || audience.isBlank()) {
            audience = DEFAULT_AUDIENCE;
        }
        if (claims == null) {
            claims = Claims.DEFAULT;
        }
    }

    /** Verification by an identity provider's JWK set, with the default audience and claim names. */
    public static KitSecurityProperties jwkSet(String jwkSetUri, String issuer) {
        return new KitSecurityProperties(jwkSetUri, null, null, issuer, null, null);
    }

    /** Verification by one PEM public key, with the default audience and claim names. */
    public static KitSecurityProperties publicKey(Resource publicKeyLocation, String issuer) {
        return new KitSecurityProperties(null, publicKeyLocation, null, issuer, null, null);
    }

    /**
     * Where the platform's claims are in a token, so that another identity provider (Keycloak, a provincial
     * single sign-on) can be used without renaming its claims.
     *
     * @param agency   {@code antq.security.claims.agency}: the agency code (a string)
     * @param roles    {@code antq.security.claims.roles}: the roles (an array of RECORDER, APPROVER, OPS, ADMIN)
     * @param locality {@code antq.security.claims.locality}: the admin-unit code the user is limited to, if any
     */
    public record Claims(@DefaultValue("agency") String agency, @DefaultValue("roles") String roles,
            @DefaultValue("locality") String locality) {

        public static final Claims DEFAULT = new Claims("agency", "roles", "locality");

        public Claims {
            agency = agency == null || agency.isBlank() ? "agency" : agency;
            roles = roles == null || roles.isBlank() ? "roles" : roles;
            locality = locality == null || locality.isBlank() ? "locality" : locality;
        }
    }
}
