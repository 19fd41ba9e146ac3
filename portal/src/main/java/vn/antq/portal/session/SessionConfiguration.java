package vn.antq.portal.session;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import vn.antq.portal.PortalProperties;

/**
 * Sessions in MongoDB behind an HttpOnly, SameSite=Lax cookie, marked Secure everywhere but on localhost (where the
 * local stack runs over plain HTTP). Lax, not Strict: the provider's redirect back after sign-in is a top-level
 * navigation from another site and must carry the cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    static final String COOKIE = "ANTQ_PORTAL";

    @Bean
    SessionRepository<MongoSessionRepository.StoredSession> sessionRepository(MongoTemplate mongo, PortalProperties properties, Clock clock) {
        return new MongoSessionRepository(mongo, properties.sessionTimeout(), clock);
    }

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer secure = serializer(true);
        DefaultCookieSerializer local = serializer(false);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue cookieValue) {
                (isLocal(cookieValue.getRequest()) ? local : secure).writeCookieValue(cookieValue);
            }

            @Override
            public java.util.List<String> readCookieValues(HttpServletRequest request) {
                return secure.readCookieValues(request);
            }
        };
    }

    static boolean isLocal(HttpServletRequest request) {
        String host = request.getServerName();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }

    private static DefaultCookieSerializer serializer(boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        serializer.setCookiePath("/");
        return serializer;
    }
}
