package vn.antq.awards;

import java.time.Duration;
import java.util.Set;

import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;

/** Real tokens for the tests, signed with the local development secret the test contexts use. */
public final class Tokens {

    private static final JwtIssuer ISSUER = new JwtIssuer(JwtIssuer.LOCAL_DEVELOPMENT_SECRET);

    private Tokens() {
    }

    /** A token for {@code subject} of {@code agency}, limited to {@code locality} unless null. */
    public static String token(String subject, String agency, String locality, Role... roles) {
        return ISSUER.issue(subject, agency, Set.of(roles), locality, Duration.ofHours(1));
    }
}
