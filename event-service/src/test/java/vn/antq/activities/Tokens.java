package vn.antq.activities;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import vn.antq.kit.security.Role;
import vn.antq.testsupport.TestTokens;

/** Real tokens for the tests, signed RS256 with the test key the test contexts verify with. */
public final class Tokens {

    private static final TestTokens ISSUER = TestTokens.standard();

    private Tokens() {
    }

    /** A token of {@code agency} with these roles, limited to {@code locality} unless it is null. */
    public static String token(String agency, String locality, Role... roles) {
        return ISSUER.issue("user-" + agency.toLowerCase(Locale.ROOT) + (locality == null ? "" : "-" + locality),
                agency, Set.of(roles), locality, Duration.ofHours(1));
    }
}
