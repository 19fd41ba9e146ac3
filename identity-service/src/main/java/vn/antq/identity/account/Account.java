package vn.antq.identity.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in (tài khoản). Their agency never changes; everything else changes through the methods that
 * return the new state.
 *
 * @param locality            null for province-wide
 * @param passwordHash        a {@code PasswordEncoder} string, never the password
 * @param mustChangePassword  true while the password is one an administrator handed out
 * @param totpSecret          base32 secret of the second factor, null until the person enrols
 */
public record Account(String username, String displayName, String agency, Set<Role> roles, Locality locality,
                      boolean enabled, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
                      String totpSecret, Instant createdAt) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean needsSecondFactor() {
        return roles.stream().anyMatch(Role::needsSecondFactor);
    }

    public Account withPassword(String newHash, Instant at, boolean handedOut) {
        return new Account(username, displayName, agency, roles, locality, enabled, newHash, at, handedOut, totpSecret,
                createdAt);
    }

    public Account withEnabled(boolean value) {
        return new Account(username, displayName, agency, roles, locality, value, passwordHash, passwordChangedAt,
                mustChangePassword, totpSecret, createdAt);
    }

    public Account withRoles(Set<Role> value) {
        return new Account(username, displayName, agency, value, locality, enabled, passwordHash, passwordChangedAt,
                mustChangePassword, totpSecret, createdAt);
    }

    public Account withLocality(Locality value) {
        return new Account(username, displayName, agency, roles, value, enabled, passwordHash, passwordChangedAt,
                mustChangePassword, totpSecret, createdAt);
    }

    public Account withTotpSecret(String value) {
        return new Account(username, displayName, agency, roles, locality, enabled, passwordHash, passwordChangedAt,
                mustChangePassword, value, createdAt);
    }
}
