package vn.antq.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import vn.antq.identity.IdentityProperties;

/**
 * Access tokens for scripts, curl and the demo loader, made by the stack's own identity-service: signed with the key
 * that signs its sign-in tokens now (its encoder, over its JWK source), with its issuer and its audience, and the
 * platform's claims as it writes them ({@code agency}, {@code roles}, {@code locality} with
 * {@code locality_structure}). The services check them against identity-service's JWKS exactly as they check the
 * tokens the portal relays for a signed-in person; nothing else signs tokens on the stack.
 */
public final class IdentityTokens {

    /** The structure of the demo's locality codes (2019-2024), as identity-service names it in its tokens. */
    private static final String STRUCTURE = "Y2019";

    private final JwtEncoder encoder;
    private final String issuer;
    private final String audience;

    public IdentityTokens(ApplicationContext identityService) {
        IdentityProperties properties = identityService.getBean(IdentityProperties.class);
        this.encoder = identityService.getBean(JwtEncoder.class);
        this.issuer = properties.issuer();
        this.audience = properties.audience();
    }

    /** The issuer written into the tokens: identity-service's address, which the services require in {@code iss}. */
    public String issuer() {
        return issuer;
    }

    /**
     * A token for {@code subject} of {@code agency} with {@code roles}, limited to {@code locality} (a 2019-2024
     * unit code) or province-wide when it is null, valid for {@code ttl}.
     */
    public String issue(String subject, String agency, Collection<?> roles, String locality, Duration ttl) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(subject)
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(ttl))
                .claim("agency", agency)
                .claim("roles", roles.stream().map(String::valueOf).sorted().toList());
        if (locality != null) {
            claims.claim("locality", locality).claim("locality_structure", STRUCTURE);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
