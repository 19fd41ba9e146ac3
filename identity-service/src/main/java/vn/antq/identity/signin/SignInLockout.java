package vn.antq.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.antq.identity.IdentityProperties;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;

/**
 * Locks an account after {@code maxFailures} failed sign-ins (wrong passwords and wrong second-factor codes alike)
 * within {@code failureWindow} with no success in between; the lock lifts when the oldest of those failures leaves the window. Counted from the audit log, so
 * that every instance of the service sees the same failures.
 */
@Component
public class SignInLockout {

    private final AuditLog audit;
    private final IdentityProperties.SignIn rules;
    private final Clock clock;

    public SignInLockout(AuditLog audit, IdentityProperties properties, Clock clock) {
        this.audit = audit;
        this.rules = properties.signIn();
        this.clock = clock;
    }

    /** The moment the account may try again, when it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        List<AuditEntry> recent = audit.signInsSince(username, now.minus(rules.failureWindow()));
        List<AuditEntry> failures = recent.stream()
                .takeWhile(entry -> entry.action() != AuditAction.SIGN_IN_SUCCEEDED)
                .toList();
        if (failures.size() < rules.maxFailures()) {
            return Optional.empty();
        }
        Instant oldestCounted = failures.get(rules.maxFailures() - 1).at();
        return Optional.of(oldestCounted.plus(rules.failureWindow()));
    }
}
