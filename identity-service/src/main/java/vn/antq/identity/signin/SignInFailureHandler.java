package vn.antq.identity.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the sign-in page with the reason to show: wrong credentials, a disabled account, or
 * a lockout (also when this very failure caused it), remembered in the session rather than put in the address.
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String REASON = "antq.signIn.failure";
    static final String USERNAME = "antq.signIn.username";

    private final SignInLockout lockout;

    SignInFailureHandler(SignInLockout lockout) {
        this.lockout = lockout;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        SignInFailure reason;
        if (username != null && lockout.lockedUntil(username).isPresent()) {
            reason = SignInFailure.LOCKED;
        } else if (exception instanceof DisabledException) {
            reason = SignInFailure.DISABLED;
        } else {
            reason = SignInFailure.BAD_CREDENTIALS;
        }
        request.getSession().setAttribute(REASON, reason);
        request.getSession().setAttribute(USERNAME, username);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    enum SignInFailure { BAD_CREDENTIALS, DISABLED, LOCKED }
}
