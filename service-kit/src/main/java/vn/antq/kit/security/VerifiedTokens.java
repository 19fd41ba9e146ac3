package vn.antq.kit.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bearer tokens this service has verified lately, so that the same access token sent again (a token serves many
 * requests: the portal's relay sends the person's for every call, a script or an import its own) costs no second
 * signature check and parse. A token is remembered only once the decoder has accepted it whole (signature, issuer,
 * audience, the platform's claims); each later use checks its claims again with the same validator, so an expired
 * token is refused as at its first use (and forgotten). Remembered tokens are bounded in number and kept at most
 * {@code keep}: a token signed with a key the issuer has since withdrawn stops being accepted within that time.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Duration keep) {
        this.decoder = decoder;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(keep).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            if (!validator.validate(known).hasErrors()) {
                return known;
            }
            // Expired (or otherwise no longer valid): the decoder refuses it as it would any such token.
            verified.invalidate(token);
        }
        Jwt jwt = decoder.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
