package vn.antq.identity.signin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;

/**
 * Checks the account behind a signed-in session at every request: a disabled or removed account loses its session
 * at once (the provider then signs nobody in for it), and a password an administrator handed out must be changed
 * before anything else. Runs inside both security filter chains, right after the session's authentication is
 * loaded, so that it comes before the authorization endpoint answers.
 */
public class AccountGuard extends OncePerRequestFilter {

    public static final String AFTER_PASSWORD_CHANGE = "antq.afterPasswordChange";

    private final AccountStore accounts;

    public AccountGuard(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || !(authentication instanceof UsernamePasswordAuthenticationToken)
                || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.find(authentication.getName());
        if (account.isEmpty() || !account.get().enabled()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (account.get().mustChangePassword() && !mayPassBeforePasswordChange(request)) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                session.setAttribute(AFTER_PASSWORD_CHANGE, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(request.getContextPath() + "/password");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayPassBeforePasswordChange(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals("/password") || path.equals("/logout") || path.startsWith("/css/") || path.equals("/error");
    }
}
