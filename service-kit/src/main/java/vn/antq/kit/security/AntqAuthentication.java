package vn.antq.kit.security;

import java.util.Map;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * An authenticated bearer token whose principal is the {@link AntqUser}, so that controllers can take
 * the user directly; authorities are {@code ROLE_<role>} for each role.
 */
public class AntqAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    public AntqAuthentication(Jwt jwt, AntqUser user) {
        super(jwt, user, jwt, AuthorityUtils.createAuthorityList(
                user.roles().stream().sorted().map(Role::authority).toList()));
        setAuthenticated(true);
    }

    /** Converts a verified token with the default claim names; its claims were already checked by {@link AntqClaims}. */
    static AntqAuthentication of(Jwt jwt) {
        return of(jwt, new AntqClaims());
    }

    /** Converts a verified token, reading the platform's claims under the configured names. */
    static AntqAuthentication of(Jwt jwt, AntqClaims claims) {
        return new AntqAuthentication(jwt, claims.toUser(jwt));
    }

    @Override
    public String getName() {
        return ((AntqUser) getPrincipal()).subject();
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }
}
