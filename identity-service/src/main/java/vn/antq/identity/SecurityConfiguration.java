package vn.antq.identity;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import vn.antq.identity.account.AccountStore;
import vn.antq.identity.admin.AdminProblems;
import vn.antq.identity.oauth.MongoAuthorizationService;
import vn.antq.identity.oauth.TokenClaims;
import vn.antq.identity.signin.AccountGuard;
import vn.antq.identity.signin.SignInFailureHandler;

/**
 * The one security configuration: the OpenID Connect endpoints of Spring Authorization Server, then the pages
 * people sign in and manage accounts with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, MongoAuthorizationService authorizations,
                                            TokenClaims claims, AccountStore accounts) throws Exception {
        http.addFilterAfter(new AccountGuard(accounts), SecurityContextHolderFilter.class);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.authorizationService(authorizations)
                    .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(claims::userInfo)));
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> { }))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The administration API: ADMIN only, by the signed-in session (with CSRF) or by a bearer token of this provider. */
    @Bean
    @Order(2)
    SecurityFilterChain administrationApi(HttpSecurity http, AccountStore accounts) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenClaims.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(roles);
        http.securityMatcher("/api/**")
                .addFilterAfter(new AccountGuard(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, exception) -> AdminProblems.write(401,
                                "Cần đăng nhập với tài khoản quản trị.", "Sign in with an administrator's account.",
                                request, response))
                        .accessDeniedHandler((request, response, exception) -> AdminProblems.write(403,
                                "Chỉ quản trị viên được quản lý tài khoản (hoặc thiếu mã chống giả mạo CSRF).",
                                "Only administrators manage accounts (or the anti-forgery CSRF token is missing).",
                                request, response)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInFailureHandler failures, AccountStore accounts) throws Exception {
        http.addFilterAfter(new AccountGuard(accounts), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/admin").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failures))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        // Without a configured issuer, each request's own address is the issuer (tests on random ports).
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
