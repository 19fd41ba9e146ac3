package vn.antq.bench.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;

/** Real RS256 tokens, signed with this run's own key ({@link RunKey}) that the benchmark's services verify with. */
public final class Tokens {

    private static final JwtIssuer ISSUER = RunKey.ISSUER_OF_TOKENS;
    private static final Duration TTL = Duration.ofHours(6);

    private Tokens() {
    }

    /** A recorder of the agency, for the whole country (the benchmark records in two provinces). */
    public static String recorder(String agency) {
        return ISSUER.issue("bench-" + agency.toLowerCase(Locale.ROOT), agency, List.of(Role.RECORDER), null, TTL);
    }

    public static String ops() {
        return ISSUER.issue("bench-ops", "OPS", List.of(Role.OPS), null, TTL);
    }

    public static String admin() {
        return ISSUER.issue("bench-admin", "OPS", List.of(Role.OPS, Role.ADMIN), null, TTL);
    }
}
