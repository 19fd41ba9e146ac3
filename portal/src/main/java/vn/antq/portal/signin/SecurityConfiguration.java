package vn.antq.portal.signin;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
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

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

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
        SimpleUrlAuthenticationFailureHandler toFailedPage = new SimpleUrlAuthenticationFailureHandler("/sign-in-failed");
        AuthenticationFailureHandler failed = (request, response, exception) -> {
            // The page says in words that sign-in failed; why is for the operators.
            log.warn("Sign-in failed: {}", exception.getMessage());
            toFailedPage.onAuthenticationFailure(request, response, exception);
        };

        http.authorizeHttpRequests(requests -> requests
                        // The browser asks for /favicon.ico by itself, beside the page: were it behind sign-in, its
                        // redirect would start a second authorization request that replaces the page's own.
                        .requestMatchers("/css/**", "/dashboard/assets/**", "/workspace/assets/**",
                                "/workspace/sw.js", "/workspace/manifest.webmanifest", "/webjars/**", "/favicon.ico", "/error",
                                "/sign-in-failed", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                // Only a page is kept to come back to after sign-in. An API call without a session is answered 401
                // and makes no session: were it kept, it would set a new session cookie, and a sign-in under way in
                // the same browser (a tab signing in while another's page, or the workspace's service worker, still
                // calls the API) would come back to a session without its authorization request and fail.
                .requestCache(cache -> cache.requestCache(pagesOnly(api)))
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + properties.registrationId())
                        .failureHandler(failed)
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

    /** Kept to come back to after sign-in: a GET of a page, never an API call or the browser's icon. */
    static HttpSessionRequestCache pagesOnly(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request)
                && !request.getRequestURI().endsWith("/favicon.ico"));
        return cache;
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
