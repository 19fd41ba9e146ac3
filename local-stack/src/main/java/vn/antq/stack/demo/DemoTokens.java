package vn.antq.stack.demo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.antq.kit.security.Role;
import vn.antq.stack.IdentityTokens;

/**
 * The tokens the demo loader works with, made by the stack's identity-service (see {@link IdentityTokens}): per agency a recorder (RECORDER and
 * APPROVER, for Kon Tum, province 62) and a second person who approves awards, since whoever nominates an award
 * may not approve it; an OPS reader for analytics, and an ADMIN who loads its reference data.
 * <p>
 * The subjects are fixed: records created with an Idempotency-Key are named after (subject, agency, key), so a
 * second load finds the first one's records.
 */
final class DemoTokens {

    private static final Duration TTL = Duration.ofHours(2);

    private final IdentityTokens issuer;
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    DemoTokens(IdentityTokens issuer) {
        this.issuer = issuer;
    }

    String recorder(String agency) {
        return token(subject(agency, "recorder"), agency, List.of(Role.RECORDER, Role.APPROVER), KonTumPlaces.PROVINCE);
    }

    String approver(String agency) {
        return token(subject(agency, "approver"), agency, List.of(Role.APPROVER), KonTumPlaces.PROVINCE);
    }

    String ops() {
        return token("demo-ops", "OPS", List.of(Role.OPS), null);
    }

    /** Loads reference data (the population) into analytics. */
    String admin() {
        return token("demo-admin", "OPS", List.of(Role.ADMIN), null);
    }

    private static String subject(String agency, String role) {
        return "demo-" + agency.toLowerCase(Locale.ROOT) + "-" + role;
    }

    private String token(String subject, String agency, List<Role> roles, String locality) {
        return issued.computeIfAbsent(subject, s -> issuer.issue(s, agency, roles, locality, TTL));
    }
}
