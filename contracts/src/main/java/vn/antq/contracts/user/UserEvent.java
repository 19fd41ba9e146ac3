package vn.antq.contracts.user;

import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireEventFields;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import vn.antq.contracts.EventBody;

/**
 * The state of an account (tài khoản) after a change, the body of user.changed. It carries what the platform needs
 * to know about a person's access, and never a password, its hash or a second-factor secret.
 *
 * @param id       the username; an account's agency never changes
 * @param version  1, 2, 3 ... per account
 * @param roles    role names, e.g. RECORDER, APPROVER, OPS, ADMIN; at least one
 * @param locality the unit the person works for; null for province-wide
 * @param enabled  false while the account is disabled
 * @param change   what this version changed
 */
public record UserEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String agency,
        List<String> roles,
        UnitLocality locality,
        boolean enabled,
        UserChange change) implements EventBody {

    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public UserEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireAgencyCode(agency, "agency");
        require(roles, "roles");
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must not be empty");
        }
        if (roles.stream().distinct().count() != roles.size()) {
            throw new IllegalArgumentException("roles must be distinct");
        }
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("roles must look like RECORDER but has '" + role + "'");
            }
        }
        require(change, "change");
    }

    /** The account's username, which is its id. */
    public String username() {
        return id;
    }
}
