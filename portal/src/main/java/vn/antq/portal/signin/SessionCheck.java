package vn.antq.portal.signin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session only as long as the provider still honours the person's grant: at each request (or each
 * {@code sessionCheckInterval}) the access token is refreshed when it is about to expire and shown to the
 * provider's userinfo endpoint. A refused refresh or userinfo (the account was disabled, its grants revoked) ends
 * the session at once: pages go back to sign-in, API calls get a 401 problem.
 */
public class SessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionCheck.class);
    static final String CHECKED_AT = "antq.portal.sessionCheckedAt";

    private final OAuth2AuthorizedClientManager clients;
    private final Duration interval;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SessionCheck(OAuth2AuthorizedClientManager clients, Duration interval, Clock clock) {
        this.clients = clients;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(SecurityContextHolder.getContext().getAuthentication()
                instanceof OAuth2AuthenticationToken authentication)) {
            chain.doFilter(request, response);
            return;
        }
        Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
        Instant now = clock.instant();
        if (checkedAt == null || !checkedAt.plus(interval).isAfter(now)) {
            if (!stillHonoured(authentication, request, response)) {
                log.info("Session of {} ended: the provider no longer honours its grant", authentication.getName());
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (ApiProblems.isApi(request)) {
                    ApiProblems.notSignedIn(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/");
                }
                return;
            }
            session.setAttribute(CHECKED_AT, now);
        }
        chain.doFilter(request, response);
    }

    private boolean stillHonoured(OAuth2AuthenticationToken authentication, HttpServletRequest request,
                                  HttpServletResponse response) {
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(authentication.getAuthorizedClientRegistrationId())
                    .principal(authentication)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
        } catch (OAuth2AuthorizationException refused) {
            return false;
        }
        if (client == null) {
            return false;
        }
        String userInfo = client.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri();
        if (userInfo == null || userInfo.isBlank()) {
            return true;
        }
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(userInfo))
                    .header("Authorization", "Bearer " + client.getAccessToken().getTokenValue())
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() != 401 && answer.statusCode() != 403;
        } catch (IOException unreachable) {
            // The provider is down: that says nothing about this person, so the session goes on.
            log.warn("Cannot reach the provider's userinfo endpoint: {}", unreachable.toString());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
