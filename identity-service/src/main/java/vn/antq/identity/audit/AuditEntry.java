package vn.antq.identity.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit log (nhật ký): who did what to which account, or who signed in from where.
 *
 * @param actor   the username (or client id) that acted; for a sign-in, the username typed
 * @param subject the account or client acted on
 * @param address the caller's network address
 * @param details what changed, e.g. the new roles
 */
public record AuditEntry(Instant at, AuditAction action, String actor, String subject, String address,
                         Map<String, String> details) {

    public AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
