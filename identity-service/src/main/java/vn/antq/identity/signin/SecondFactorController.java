package vn.antq.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;

/**
 * The second step of signing in for ADMIN and APPROVER (xác thực hai bước): the first time, the person enrols an
 * authenticator app (the secret shown as text, as an {@code otpauth://} address and as a QR code) and confirms it
 * with one code; from then on a code is asked after the password. A wrong code is a failed sign-in: it counts
 * toward the lockout like a wrong password, and the lockout ends the session.
 */
@Controller
class SecondFactorController {

    static final String PATH = "/second-factor";
    /** The secret offered for enrolment, kept in the session until a code confirms it. */
    private static final String OFFERED_SECRET = "antq.secondFactor.offered";
    private static final String ISSUER = "ANTQ";

    private final AccountStore accounts;
    private final AuditLog audit;
    private final SignInLockout lockout;
    private final UsedCodes usedCodes;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorController(AccountStore accounts, AuditLog audit, SignInLockout lockout, UsedCodes usedCodes,
                           Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.lockout = lockout;
        this.usedCodes = usedCodes;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String form(Authentication authentication, HttpSession session, Model model) {
        Account account = accounts.find(authentication.getName()).orElseThrow();
        return page(account, session, model, List.of());
    }

    @PostMapping(PATH)
    String verify(Authentication authentication, @RequestParam(defaultValue = "") String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Account account = accounts.find(authentication.getName()).orElseThrow();
        HttpSession session = request.getSession();
        if (lockout.lockedUntil(account.username()).isPresent()) {
            record(AuditAction.SIGN_IN_LOCKED, account, request, Map.of("factor", "totp"));
            return signOutLocked(account, request);
        }
        boolean enrolling = account.totpSecret() == null;
        String secret = enrolling ? (String) session.getAttribute(OFFERED_SECRET) : account.totpSecret();
        if (secret == null) {
            return "redirect:" + PATH;
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isPresent() && !usedCodes.claim(account.username(), step.getAsLong(), now)) {
            // A code already given (or one older than the last given): refused, and counted like a wrong one.
            record(AuditAction.SECOND_FACTOR_FAILED, account, request, Map.of("reason", "code-already-used"));
            if (lockout.lockedUntil(account.username()).isPresent()) {
                return signOutLocked(account, request);
            }
            return page(account, session, model, List.of("secondFactor.usedCode"));
        }
        if (step.isEmpty()) {
            record(AuditAction.SECOND_FACTOR_FAILED, account, request, Map.of());
            if (lockout.lockedUntil(account.username()).isPresent()) {
                return signOutLocked(account, request);
            }
            return page(account, session, model, List.of("secondFactor.wrongCode"));
        }
        if (enrolling) {
            accounts.save(account.withTotpSecret(secret));
            session.removeAttribute(OFFERED_SECRET);
            record(AuditAction.SECOND_FACTOR_ENROLLED, account, request, Map.of());
        }
        record(AuditAction.SIGN_IN_SUCCEEDED, account, request, Map.of("factor", "totp"));
        withSecondFactor(authentication, now, request, response);
        Object next = request.getSession().getAttribute(AccountGuard.CONTINUE_TO);
        request.getSession().removeAttribute(AccountGuard.CONTINUE_TO);
        return "redirect:" + (next == null ? "/" : next);
    }

    private String page(Account account, HttpSession session, Model model, List<String> problems) {
        boolean enrolling = account.totpSecret() == null;
        model.addAttribute("enrolling", enrolling);
        model.addAttribute("problems", problems);
        if (enrolling) {
            String secret = (String) session.getAttribute(OFFERED_SECRET);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(OFFERED_SECRET, secret);
            }
            String uri = Totp.uri(ISSUER, account.username(), secret);
            model.addAttribute("secret", Totp.grouped(secret));
            model.addAttribute("uri", uri);
            model.addAttribute("qr", Totp.qrSvg(uri));
        }
        return "identity/second-factor";
    }

    /** The session's authentication gains the TOTP factor, under a new session id (as after the password). */
    private void withSecondFactor(Authentication authentication, Instant now, HttpServletRequest request,
                                  HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(AccountGuard.TOTP_FACTOR).issuedAt(now).build());
        UsernamePasswordAuthenticationToken both = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, authorities);
        both.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(both);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /** Ends the session and shows the sign-in page with the lockout and the time it lifts. */
    private String signOutLocked(Account account, HttpServletRequest request) {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        HttpSession fresh = request.getSession(true);
        fresh.setAttribute(SignInFailureHandler.REASON, SignInFailureHandler.SignInFailure.LOCKED);
        fresh.setAttribute(SignInFailureHandler.USERNAME, account.username());
        return "redirect:/login?error";
    }

    private void record(AuditAction action, Account account, HttpServletRequest request, Map<String, String> details) {
        audit.record(new AuditEntry(clock.instant(), action, account.username(), account.username(),
                request.getRemoteAddr(), details));
    }
}
