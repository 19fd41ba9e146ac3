package vn.antq.activities;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;

/** Real tokens for the tests, signed with the local development secret the test contexts use. */
public final class Tokens {

    private static final JwtIssuer ISSUER = new JwtIssuer(JwtIssuer.LOCAL_DEVELOPMENT_SECRET);

    private Tokens() {
    }

    /** A token of {@code agency} with these roles, limited to {@code locality} unless it is null. */
    public static String token(String agency, String locality, Role... roles) {
        return ISSUER.issue("user-" + agency.toLowerCase(Locale.ROOT) + (locality == null ? "" : "-" + locality),
                agency, Set.of(roles), locality, Duration.ofHours(1));
    }
}
