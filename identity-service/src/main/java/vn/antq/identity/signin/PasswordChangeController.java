package vn.antq.identity.signin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;

/** A person changes their own password (đổi mật khẩu), and must do so after signing in with a handed-out one. */
@Controller
class PasswordChangeController {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChangeController(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit,
                             Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/password")
    String form(Authentication authentication, Model model) {
        model.addAttribute("forced", accounts.find(authentication.getName()).map(Account::mustChangePassword).orElse(false));
        return "identity/password";
    }

    @PostMapping("/password")
    String change(Authentication authentication, @RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmation, HttpServletRequest request, Locale locale, Model model) {
        Account account = accounts.find(authentication.getName()).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            problems.add("en".equals(locale.getLanguage()) ? "The current password is wrong." : "Mật khẩu hiện tại không đúng.");
        }
        if (!newPassword.equals(confirmation)) {
            problems.add("en".equals(locale.getLanguage()) ? "The two new passwords differ." : "Hai lần nhập mật khẩu mới không khớp.");
        }
        if (newPassword.equals(currentPassword)) {
            problems.add("en".equals(locale.getLanguage()) ? "The new password must differ from the current one."
                    : "Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        policy.check(account.username(), newPassword).forEach(breach -> problems.add(breach.message(locale)));
        if (!problems.isEmpty()) {
            model.addAttribute("forced", account.mustChangePassword());
            model.addAttribute("problems", problems);
            return "identity/password";
        }
        accounts.save(account.withPassword(encoder.encode(newPassword), clock.instant(), false));
        audit.record(new AuditEntry(clock.instant(), AuditAction.PASSWORD_CHANGED, account.username(), account.username(),
                request.getRemoteAddr(), Map.of()));
        HttpSession session = request.getSession();
        Object next = session.getAttribute(AccountGuard.CONTINUE_TO);
        session.removeAttribute(AccountGuard.CONTINUE_TO);
        return "redirect:" + (next == null ? "/" : next);
    }
}
