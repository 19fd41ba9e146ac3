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
import vn.antq.identity.admin.AdminProblems;

/**
 * Checks the account behind a signed-in session at every request: a disabled or removed account loses its session
 * at once (the provider then signs nobody in for it), a password an administrator handed out must be changed
 * before anything else, and an ADMIN or APPROVER gives their second factor (enrolling it the first time) before
 * anything but that. Runs inside every security filter chain, right after the session's authentication is loaded,
 * so that it comes before the authorization endpoint answers: no code, and so no token, without both factors.
 * <p>
 * A page is sent to the step it must take first, and comes back to where it was going after it; only a page's own
 * address is remembered for that (not the icon or a script the browser asks for meanwhile). An administration API
 * call ({@code /api/**}) is answered with a problem instead: 401 once the account is gone, 403 while a step is due.
 */
public class AccountGuard extends OncePerRequestFilter {

    /** Where the person was going when a password change or the second factor came first (a GET address). */
    public static final String CONTINUE_TO = "antq.continueTo";
    /** The factor this provider adds to a session once its code is given (Spring Security's own are password etc.). */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

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
            if (isApi(request)) {
                AdminProblems.write(401, "Tài khoản đã bị vô hiệu hoá hoặc không còn: phiên làm việc đã kết thúc.",
                        "The account is disabled or gone: the session has ended.", request, response);
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
            return;
        }
        if (account.get().mustChangePassword() && !mayPassBefore("/password", request)) {
            if (isApi(request)) {
                AdminProblems.write(403, "Cần đổi mật khẩu được cấp trước khi làm việc khác.",
                        "The handed-out password must be changed before anything else.", request, response);
            } else {
                sendTo("/password", request, response, session);
            }
            return;
        }
        if (!account.get().mustChangePassword() && account.get().needsSecondFactor()
                && !hasSecondFactor(authentication, account.get()) && !mayPassBefore(SecondFactorController.PATH, request)) {
            if (isApi(request)) {
                AdminProblems.write(403, "Cần xác thực hai bước (mã từ ứng dụng xác thực) trước khi làm việc khác.",
                        "The second factor (a code from the authenticator app) must be given before anything else.",
                        request, response);
            } else {
                sendTo(SecondFactorController.PATH, request, response, session);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** A session has the second factor once its code was given, and only while the account is still enrolled. */
    static boolean hasSecondFactor(Authentication authentication, Account account) {
        return account.totpSecret() != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> TOTP_FACTOR.equals(authority.getAuthority()));
    }

    private static void sendTo(String step, HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException {
        String path = request.getServletPath();
        boolean aStepItself = path.equals("/password") || path.equals(SecondFactorController.PATH);
        if ("GET".equals(request.getMethod()) && !aStepItself && isPage(request)) {
            String query = request.getQueryString();
            session.setAttribute(CONTINUE_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        response.sendRedirect(request.getContextPath() + step);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/");
    }

    /** A page the person opened (or a client that says nothing of what it accepts), not an icon or a script. */
    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html");
    }

    private static boolean mayPassBefore(String step, HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(step) || path.equals("/logout") || path.startsWith("/css/") || path.equals("/error");
    }
}
