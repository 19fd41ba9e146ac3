package vn.antq.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are verified: against an identity provider's JWK set in production, else with a shared
 * HS256 secret (the local stack). One of the two is required; the service refuses to start without.
 *
 * @param jwkSetUri {@code antq.security.jwk-set-uri}: JWK set of the production issuer (RS256, ES256 ...)
 * @param jwtSecret {@code antq.security.jwt-secret}: HS256 secret, at least 32 bytes; services set it
 *                  from {@code ANTQ_JWT_SECRET}
 */
@ConfigurationProperties("antq.security")
public record KitSecurityProperties(String jwkSetUri, String jwtSecret) {
}
