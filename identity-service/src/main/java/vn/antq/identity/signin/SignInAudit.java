package vn.antq.identity.signin;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;

/**
 * Writes every password sign-in, succeeded or failed, with the caller's address, to the audit log. For an account
 * with a second factor a right password is only accepted: {@link SecondFactorController} records the success.
 */
@Component
class SignInAudit {

    private final AuditLog audit;
    private final AccountStore accounts;
    private final Clock clock;

    SignInAudit(AuditLog audit, AccountStore accounts, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication) {
            boolean codeAwaited = accounts.find(authentication.getName()).map(Account::needsSecondFactor).orElse(false);
            record(codeAwaited ? AuditAction.PASSWORD_ACCEPTED : AuditAction.SIGN_IN_SUCCEEDED, authentication, Map.of());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication) {
            AuditAction action = event.getException() instanceof LockedException
                    ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED;
            record(action, authentication, Map.of("reason", event.getException().getClass().getSimpleName()));
        }
    }

    private void record(AuditAction action, Authentication authentication, Map<String, String> details) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        audit.record(new AuditEntry(clock.instant(), action, authentication.getName(), authentication.getName(),
                address, details));
    }
}
