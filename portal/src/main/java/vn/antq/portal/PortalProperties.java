package vn.antq.portal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's settings ({@code antq.portal.*} in {@code portal.yml}, where each has its documented default).
 *
 * @param registrationId   the client registration people sign in with ({@code spring.security.oauth2.client.registration.*})
 * @param services         the base address of each service {@code /api/{name}/**} is routed to
 * @param claims           the names of the claims that carry agency, roles, locality and display name, so that
 *                         another OpenID Connect provider can be plugged in
 * @param sessionTimeout   how long an idle session lives
 * @param sessionCheckInterval how often a session's grant is checked again at the provider (zero: every request)
 * @param administrationUrl where ADMINs manage accounts (identity-service's administration page)
 */
@ConfigurationProperties("antq.portal")
public record PortalProperties(String registrationId, Map<String, URI> services, Claims claims, Duration sessionTimeout,
                               Duration sessionCheckInterval, String administrationUrl) {

    public record Claims(String name, String agency, String roles, String locality, String localityStructure) {
    }
}
