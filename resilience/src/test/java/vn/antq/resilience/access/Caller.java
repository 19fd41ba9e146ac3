package vn.antq.resilience.access;

import java.util.List;
import java.util.Locale;

import vn.antq.kit.security.Role;
import vn.antq.resilience.stack.IdentityService;

/** The caller of a cell of the matrix: a signed-in account of that role, agency and locality, or no token at all. */
final class Caller {

    static final String OWN_AGENCY = "WOMEN_UNION";
    static final String OTHER_AGENCY = "POLICE";
    static final String PROVINCE = "62";
    static final String DISTRICT = "615";
    static final String COMMUNE = "23500";
    static final String OTHER_DISTRICT = "608";
    static final String OTHER_PROVINCE = "64";

    private Caller() {
    }

    /** The subject the cell's token names, which the audit trail must show as the actor of an allowed write. */
    static String subject(AccessMatrix.Cell cell) {
        return ("matrix-" + cell.role() + "-" + (cell.ownAgency() ? "own" : "other") + "-" + cell.scope().replace("-", "none"))
                .toLowerCase(Locale.ROOT).replace("nonenone", "none");
    }

    /**
     * The access token identity-service issues to the cell's caller, an account of that agency, role and locality
     * signed in through its authorization-code flow; null for ANONYMOUS.
     */
    static String token(IdentityService identity, AccessMatrix.Cell cell) {
        if (cell.role().equals("ANONYMOUS")) {
            return null;
        }
        List<Role> roles = cell.role().equals("NONE") ? List.of() : List.of(Role.valueOf(cell.role()));
        return identity.signedIn(subject(cell), cell.ownAgency() ? OWN_AGENCY : OTHER_AGENCY, roles, locality(cell.scope()));
    }

    static String locality(String scope) {
        return switch (scope) {
            case "-" -> null;
            case "province" -> PROVINCE;
            case "district" -> DISTRICT;
            case "other-district" -> OTHER_DISTRICT;
            case "other-province" -> OTHER_PROVINCE;
            default -> throw new IllegalArgumentException("Unknown scope " + scope);
        };
    }
}
