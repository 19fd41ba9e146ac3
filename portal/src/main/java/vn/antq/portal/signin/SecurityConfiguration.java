package vn.antq.portal.signin;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.antq.portal.PortalProperties;

/**
 * The portal's one security configuration. People sign in at the OpenID Connect provider (authorization code with
 * PKCE); their tokens stay in the server-side session and are never sent to the browser. Every state-changing
 * request needs the session's CSRF token; signing out ends the provider's session too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository registrations,
                               OAuth2AuthorizedClientManager clients, PortalProperties properties, Clock clock)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endProviderSession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endProviderSession.setPostLogoutRedirectUri("{baseUrl}/");
        RequestMatcher api = request -> ApiProblems.isApi(request);

        http.authorizeHttpRequests(requests -> requests
                        // The browser asks for /favicon.ico by itself, beside the page: were it behind sign-in, its
                        // redirect would start a second authorization request that replaces the page's own.
                        .requestMatchers("/css/**", "/dashboard/assets/**", "/workspace/assets/**",
                                "/workspace/sw.js", "/workspace/manifest.webmanifest", "/webjars/**", "/favicon.ico", "/error",
                                "/sign-in-failed", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + properties.registrationId())
                        .failureUrl("/sign-in-failed")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce)))
                .logout(logout -> logout.logoutSuccessHandler(endProviderSession))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor((request, response, exception) ->
                                ApiProblems.notSignedIn(request, response), api)
                        .defaultAccessDeniedHandlerFor((request, response, exception) ->
                                ApiProblems.forbidden(request, response), api))
                .addFilterBefore(new SessionCheck(clients, properties.sessionCheckInterval(), clock),
                        AuthorizationFilter.class);
        return http.build();
    }

    /** The grants live in the session (MongoDB), so that any portal instance can relay and refresh them. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
