package vn.antq.kit.security;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.web.KitWebConfiguration;
import vn.antq.kit.web.Problems;

/**
 * The one security configuration of every ANTQ service (DESIGN §4): a stateless JWT resource server that
 * verifies tokens with the issuer's public keys ({@link TokenVerification}).
 * Health, metrics, API docs and the dashboard's static files are public; everything else needs a valid
 * bearer token, and 401/403 are problem+json. Controllers take the caller as an {@link AntqUser}.
 */
@AutoConfiguration(after = KitWebConfiguration.class, before = {SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KitSecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class KitSecurityConfiguration {

    static {
        // The caller comes from the token, not from the request: keep it out of the documented parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AntqUser.class);
    }

    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
            "/swagger-ui.html", "/error"};

    /** The scope of list requests, with the gazetteer the service uses. */
    @Bean
    @ConditionalOnMissingBean
    public ScopeRule scopeRule(Gazetteer gazetteer) {
        return new ScopeRule(gazetteer);
    }

    @Bean
    public SecurityFilterChain kitSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder, Problems problems,
            KitSecurityProperties properties) throws Exception {
        SecurityProblems securityProblems = new SecurityProblems(problems);
        AntqClaims claims = new AntqClaims(properties.claims());
        http
                // Bearer tokens in a header, no cookies: nothing for CSRF to abuse, no session to keep.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(
                                token -> AntqAuthentication.of(token, claims)))
                        // The metadata at /.well-known/oauth-protected-resource must not promise what is not
                        // enforced: tokens are bearer tokens, not bound to a client certificate (RFC 8705).
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                builder -> builder.tlsClientCertificateBoundAccessTokens(false)))
                        .authenticationEntryPoint(securityProblems)
                        .accessDeniedHandler(securityProblems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(securityProblems)
                        .accessDeniedHandler(securityProblems));
        return http.build();
    }

    /**
     * Fails the start-up, with what to set, when no public key or JWK set is configured, or when the shared
     * secret of earlier versions still is ({@code antq.security.jwt-secret}, or a leftover {@code ANTQ_JWT_SECRET}
     * in the environment).
     */
    @Bean
    public JwtDecoder jwtDecoder(KitSecurityProperties properties, Environment environment) {
        String leftoverSecret = environment.getProperty("ANTQ_JWT_SECRET");
        if (leftoverSecret != null && !leftoverSecret.isBlank() && properties.jwtSecret() == null) {
            properties = new KitSecurityProperties(properties.jwkSetUri(), properties.publicKeyLocation(),
                    leftoverSecret, properties.issuer(), properties.audience(), properties.claims());
        }
        return TokenVerification.decoder(properties);
    }

    /** A request the firewall refuses (e.g. an encoded slash) is the client's fault: 400, not 500. */
    @Bean
    public RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    @Bean
    public WebMvcConfigurer antqUserArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new AntqUserArgumentResolver());
            }
        };
    }
}
