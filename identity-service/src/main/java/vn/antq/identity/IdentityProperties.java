package vn.antq.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of identity-service ({@code antq.identity.*} in {@code identity-service.yml}, where each has its
 * documented default).
 *
 * @param issuer      the issuer URL written into every token and the discovery document
 * @param audience    the {@code aud} of every access token: the platform's APIs
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long the portal's refresh token is valid
 * @param signingKeyRotation how often a new signing key takes over
 * @param portal      the portal, the one client that signs people in
 * @param signIn      lockout and password rules
 */
@ConfigurationProperties("antq.identity")
public record IdentityProperties(String issuer, String audience, Duration accessTokenTtl, Duration refreshTokenTtl,
                                 Duration signingKeyRotation, Portal portal, SignIn signIn) {

    /**
     * @param clientId     its client id
     * @param clientSecret its secret (a PasswordEncoder string, e.g. {@code {bcrypt}...}, or {@code {noop}...} locally)
     * @param redirectUris where the provider may send a signed-in person back to
     * @param postLogoutRedirectUris where the provider may send a signed-out person back to
     */
    public record Portal(String clientId, String clientSecret, List<String> redirectUris,
                         List<String> postLogoutRedirectUris) {
    }

    /**
     * @param maxFailures   failed sign-ins within {@code failureWindow} that lock an account
     * @param failureWindow the window failures are counted in, and how long a lockout lasts
     * @param minPasswordLength the shortest password the policy accepts
     */
    public record SignIn(int maxFailures, Duration failureWindow, int minPasswordLength) {
    }
}
