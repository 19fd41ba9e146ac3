package vn.antq.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are verified: against an identity provider's JWK set in production, else with a shared
 * HS256 secret (the local stack). One of the two is required; the service refuses to start without.
 * Every token must also carry {@code exp} and come from {@code issuer}.
 *
 * @param jwkSetUri {@code antq.security.jwk-set-uri}: JWK set of the production issuer (RS256, ES256 ...)
 * @param jwtSecret {@code antq.security.jwt-secret}: HS256 secret, at least 32 bytes; services set it
 *                  from {@code ANTQ_JWT_SECRET}
 * @param issuer    {@code antq.security.issuer} (environment {@code ANTQ_SECURITY_ISSUER}): the {@code iss} every
 *                  token must carry; {@link JwtIssuer#ISSUER} ({@code antq-local}, the local stack's issuer) when
 *                  not set. Production sets its identity provider's issuer.
 */
@ConfigurationProperties("antq.security")
public record KitSecurityProperties(String jwkSetUri, String jwtSecret, @DefaultValue(JwtIssuer.ISSUER) String issuer) {

    public KitSecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            issuer = JwtIssuer.ISSUER;
        }
    }
}
