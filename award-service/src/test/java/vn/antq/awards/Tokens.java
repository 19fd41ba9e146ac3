package vn.antq.awards;

import java.time.Duration;
import java.util.Set;

import vn.antq.kit.security.Role;
import vn.antq.testsupport.TestTokens;

/** Real tokens for the tests, signed RS256 with the test key the test contexts verify with. */
public final class Tokens {

    private static final TestTokens ISSUER = TestTokens.standard();

    private Tokens() {
    }

    /** A token for {@code subject} of {@code agency}, limited to {@code locality} unless null. */
    public static String token(String subject, String agency, String locality, Role... roles) {
        return ISSUER.issue(subject, agency, Set.of(roles), locality, Duration.ofHours(1));
    }
}
