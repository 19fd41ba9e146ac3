package vn.antq.resilience.stack;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

import tools.jackson.databind.JsonNode;
import vn.antq.identity.IdentityServiceApplication;
import vn.antq.identity.OidcClientFlow;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.admin.AccountAdministration;
import vn.antq.identity.signing.SigningKeys;
import vn.antq.infra.InProcessMongo;
import vn.antq.infra.OneClassPath;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.TestTokens;

/**
 * The run's identity provider: identity-service itself, in this JVM on its own MongoDB-wire server, with the key it
 * generated on its first start. Every service verifies tokens by its JWK set at {@code /oauth2/jwks}, fetched over
 * HTTP, and requires its issuer. The access matrix's callers are accounts made through its administration and signed
 * in through its authorization-code flow ({@link #signedIn}); the other scenarios' many callers, and the attacks'
 * near-valid tokens, are signed with the same key ({@link #tokens}).
 */
public final class IdentityService implements AutoCloseable {

    /* One class path holds the services' kit and Spring Cloud Stream too: it runs as it does alone. */
    private static final String NOT_ITS_OWN = OneClassPath.exclude(OneClassPath.SERVICE_KIT, OneClassPath.CLOUD_STREAM);
    /** The password each matrix account's owner chose (after the handed-out one). */
    private static final String PASSWORD = "mat-khau-kiem-thu-phan-quyen-2026";
    /** A signed-in caller's token is fetched again when it has less than this to live. */
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final InProcessMongo mongo;
    private final ConfigurableApplicationContext context;
    private final String issuer;
    private final int port;
    private final AtomicLong jwksRequests = new AtomicLong();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String accessToken, Instant expires, String totpSecret) {
    }

    IdentityService(int port, String bootstrapServers) {
        this.port = port;
        this.issuer = "http://localhost:" + port;
        this.mongo = InProcessMongo.start(null, Platform.freePort());
        Filter countJwks = (request, response, chain) -> {
            jwksRequests.incrementAndGet();
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> counter = new FilterRegistrationBean<>(countJwks);
        counter.addUrlPatterns("/oauth2/jwks");
        // Before Spring Security's filters: the authorization server answers the JWK set among them.
        counter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        this.context = IdentityServiceApplication.application()
                .registerShutdownHook(false)
                .initializers(app -> app.getBeanFactory().registerSingleton("jwksRequestCounter", counter))
                .run("--server.port=" + port,
                        "--spring.mongodb.uri=" + mongo.connectionString(),
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--antq.identity.issuer=" + issuer,
                        NOT_ITS_OWN,
                        "--logging.include-application-name=false",
                        "--spring.main.banner-mode=off");
    }

    /** The {@code iss} the services expect. */
    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** The key id ({@code kid}) of the key that signs now. */
    public String keyId() {
        return currentKey().getKeyID();
    }

    public RSAPublicKey publicKey() {
        try {
            return currentKey().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tokens as identity-service signs them: its current key and {@code kid}, its issuer, the API's audience. */
    public TestTokens tokens() {
        try {
            return TestTokens.standard().signedWith((RSAPrivateKey) currentKey().toRSAPrivateKey()).keyId(keyId())
                    .issuer(issuer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The access token identity-service issues to {@code username} signed in through its authorization-code flow
     * (with PKCE, as the portal signs people in; the second factor where the role needs it). The account is made the
     * first time through its administration, of the agency, with the roles (none: an account whose roles were all
     * taken away) and the locality (a 2019-2024 code, or null for the whole province); its token is fetched again
     * when it is about to expire.
     */
    public String signedIn(String username, String agency, List<Role> roles, String locality) {
        Grant grant = grants.compute(username, (name, held) -> {
            if (held != null && held.expires().isAfter(Instant.now().plus(RENEW_BEFORE))) {
                return held;
            }
            if (held == null) {
                open(name, agency, roles, locality);
            }
            OidcClientFlow flow = new OidcClientFlow(port);
            if (held != null && held.totpSecret() != null) {
                flow.knowing(held.totpSecret());
            }
            JsonNode tokens = flow.tokens(flow.code(name, PASSWORD));
            String secret = held != null ? held.totpSecret() : secretOf(flow, roles);
            return new Grant(tokens.path("access_token").asString(),
                    Instant.now().plusSeconds(tokens.path("expires_in").asLong()), secret);
        });
        return grant.accessToken();
    }

    private static String secretOf(OidcClientFlow flow, List<Role> roles) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.APPROVER) ? flow.secretOffered() : null;
    }

    private void open(String username, String agency, List<Role> roles, String locality) {
        AccountAdministration administration = context.getBean(AccountAdministration.class);
        AccountStore accounts = context.getBean(AccountStore.class);
        AccountAdministration.Actor setUp = new AccountAdministration.Actor("resilience-setup", agency, "127.0.0.1");
        List<String> granted = roles.isEmpty() ? List.of(Role.RECORDER.name()) : roles.stream().map(Role::name).toList();
        Account account = administration.create(setUp, username, "Cán bộ kiểm thử phân quyền", granted, locality,
                locality == null ? null : "Y2019").account();
        // Its owner chose a password of their own (no handed-out one to change); a role-less account lost them all.
        account = account.withPassword(context.getBean(PasswordEncoder.class).encode(PASSWORD), Clock.systemUTC().instant(),
                false);
        accounts.save(roles.isEmpty() ? account.withRoles(Set.of()) : account);
    }

    private RSAKey currentKey() {
        return context.getBean(SigningKeys.class).current();
    }

    /** How often the services fetched the JWK set: proof that they verify by it. */
    public long jwksRequests() {
        return jwksRequests.get();
    }

    @Override
    public void close() {
        context.close();
        mongo.close();
    }
}
