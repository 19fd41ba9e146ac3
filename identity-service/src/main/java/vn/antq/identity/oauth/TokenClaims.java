package vn.antq.identity.oauth;

import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import vn.antq.identity.IdentityProperties;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Role;

/**
 * The platform's claims in every token: {@code agency}, {@code roles} and {@code locality} (with
 * {@code locality_structure}, the structure its code belongs to), read fresh from the account at each issue, and
 * the platform's APIs as the access token's audience. A machine client acts as a RECORDER of its agency,
 * province-wide.
 */
@Component
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String AGENCY = "agency";
    public static final String ROLES = "roles";
    public static final String LOCALITY = "locality";
    public static final String LOCALITY_STRUCTURE = "locality_structure";
    public static final String NAME = "name";

    private final AccountStore accounts;
    private final String audience;

    public TokenClaims(AccountStore accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (accessToken) {
            claims.audience(List.of(audience));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            RegisteredClient client = context.getRegisteredClient();
            String agency = client.getClientSettings().getSetting(MongoRegisteredClientRepository.AGENCY_SETTING);
            if (agency != null) {
                claims.claim(AGENCY, agency);
                claims.claim(ROLES, List.of(Role.RECORDER.name()));
            }
            return;
        }
        accounts.find(context.getPrincipal().getName()).ifPresent(account -> claims.claims(map -> map.putAll(of(account))));
    }

    /** The userinfo endpoint answers from the account as it is now. */
    public OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        // A disabled account's grants are void at once, even while its access token has minutes left.
        Account account = accounts.find(username).filter(Account::enabled).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "The account is disabled", null)));
        Map<String, Object> claims = new java.util.LinkedHashMap<>(of(account));
        claims.put("sub", username);
        return new OidcUserInfo(claims);
    }

    private static Map<String, Object> of(Account account) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put(NAME, account.displayName());
        claims.put(AGENCY, account.agency());
        claims.put(ROLES, account.roles().stream().map(Role::name).sorted().toList());
        if (account.locality() != null) {
            claims.put(LOCALITY, account.locality().code());
            claims.put(LOCALITY_STRUCTURE, account.locality().structure().name());
        }
        return claims;
    }
}
