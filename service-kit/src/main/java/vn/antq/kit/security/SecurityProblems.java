package vn.antq.kit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Problems;
import vn.antq.kit.web.Text;

/**
 * 401 and 403 from the security filter chain as problem+json in the caller's language. Spring's bearer
 * handlers still set the status and the {@code WWW-Authenticate: Bearer ...} header (RFC 6750).
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final Problems problems;

    SecurityProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        bearerEntryPoint.commence(request, response, exception);
        problems.write(problems.create(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED,
                Text.code(detailCode(exception)), request), HttpHeaders.EMPTY, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        bearerAccessDenied.handle(request, response, exception);
        problems.write(problems.create(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                Text.code(ProblemType.FORBIDDEN.detailCode()), request), HttpHeaders.EMPTY, response);
    }

    /** No token at all, a token lacking the platform's claims, or a bad one (signature, expiry, format). */
    private static String detailCode(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException)) {
            return "problem.unauthenticated.required";
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid && invalid.getErrors().stream()
                    .anyMatch(error -> AntqClaims.INVALID_CLAIMS_URI.equals(error.getUri()))) {
                return "problem.unauthenticated.claims";
            }
        }
        return "problem.unauthenticated.invalid-token";
    }
}
