package vn.antq.resilience.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import vn.antq.kit.security.Role;
import vn.antq.testsupport.TestTokens;

/** Real RS256 tokens signed with this run's key, as the platform's identity provider issues them. */
public final class Tokens {

    private final TestTokens issuer;

    public Tokens(TestTokens issuer) {
        this.issuer = issuer;
    }

    public String of(String subject, String agency, String locality, List<Role> roles) {
        return issuer.issue(subject, agency, roles, locality, Duration.ofHours(4));
    }

    /** A recorder (RECORDER) of the agency, for the whole country. */
    public String recorder(String agency) {
        return of(subject(agency, "recorder"), agency, null, List.of(Role.RECORDER));
    }

    /** A second person of the agency who approves; whoever nominates an award may not approve it. */
    public String approver(String agency) {
        return of(subject(agency, "approver"), agency, null, List.of(Role.APPROVER));
    }

    public String ops() {
        return of("resilience-ops", "OPS", null, List.of(Role.OPS));
    }

    public String admin() {
        return of("resilience-admin", "OPS", null, List.of(Role.OPS, Role.ADMIN));
    }

    private static String subject(String agency, String role) {
        return "resilience-" + agency.toLowerCase(Locale.ROOT) + "-" + role;
    }
}
