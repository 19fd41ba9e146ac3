package vn.antq.kit.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.antq.gazetteer.AdminPath;

/**
 * The caller, as its token describes it: who, for which agency, with which roles and, when
 * {@code locality} is set, only inside that administrative unit (a province, district or commune code).
 */
public record AntqUser(String subject, String agency, Set<Role> roles, String locality) {

    public AntqUser {
        requireText(subject, "subject");
        requireText(agency, "agency");
        Objects.requireNonNull(roles, "roles");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (locality != null && locality.isBlank()) {
            throw new IllegalArgumentException("locality must be null or a code");
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isOpsOrAdmin() {
        return hasRole(Role.OPS) || hasRole(Role.ADMIN);
    }

    /** True when the user belongs to this agency; staff act for their own agency only. */
    public boolean covers(String agency) {
        return this.agency.equals(agency);
    }

    /** True when the place lies inside the user's locality; a user without one covers the whole country. */
    public boolean covers(AdminPath path) {
        if (locality == null) {
            return true;
        }
        return path != null && path.isWithin(locality);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
