package vn.antq.identity.oauth;

import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import vn.antq.identity.IdentityProperties;

/**
 * Registers the portal as a client at every start, from configuration: authorization code with PKCE, refresh
 * tokens, no consent screen (it is the platform's own front door). Its id stays the same across restarts, so
 * that the grants people hold survive them.
 */
@Component
class PortalClient implements ApplicationRunner {

    private final MongoRegisteredClientRepository clients;
    private final IdentityProperties properties;
    private final PasswordEncoder passwords;

    PortalClient(MongoRegisteredClientRepository clients, IdentityProperties properties, PasswordEncoder passwords) {
        this.clients = clients;
        this.properties = properties;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        IdentityProperties.Portal portal = properties.portal();
        RegisteredClient existing = clients.findByClientId(portal.clientId());
        RegisteredClient.Builder client = RegisteredClient
                .withId(existing == null ? UUID.randomUUID().toString() : existing.getId())
                .clientId(portal.clientId())
                .clientSecret(passwords.encode(portal.clientSecret()))
                .clientName("Cổng thông tin ANTQ")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.accessTokenTtl())
                        .refreshTokenTimeToLive(properties.refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build());
        portal.redirectUris().forEach(client::redirectUri);
        portal.postLogoutRedirectUris().forEach(client::postLogoutRedirectUri);
        clients.save(client.build());
    }
}
