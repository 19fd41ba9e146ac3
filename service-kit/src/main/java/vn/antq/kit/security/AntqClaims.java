package vn.antq.kit.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The platform's own claims (DESIGN §4) and the check that a token carries them: an agency, roles that are
 * all known, and a locality that looks like an admin-unit code. Their names are configurable
 * ({@link KitSecurityProperties.Claims}; {@code agency}, {@code roles}, {@code locality} by default), so that
 * another identity provider's tokens can be read as they are. A token failing it is rejected with 401 like
 * any other invalid token.
 */
final class AntqClaims implements OAuth2TokenValidator<Jwt> {

    static final String AGENCY = "agency";
    static final String ROLES = "roles";
    static final String LOCALITY = "locality";

    /** Marks our failures, so the 401 can say "the token lacks the platform's claims". */
    static final String INVALID_CLAIMS_URI = "https://antq.vn/problems/unauthenticated#claims";

    private static final Pattern LOCALITY_CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

    private final KitSecurityProperties.Claims names;

    AntqClaims(KitSecurityProperties.Claims names) {
        this.names = names;
    }

    /** With the default claim names. */
    AntqClaims() {
        this(KitSecurityProperties.Claims.DEFAULT);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        try {
            toUser(jwt);
            return OAuth2TokenValidatorResult.success();
        } catch (IllegalArgumentException e) {
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, e.getMessage(), INVALID_CLAIMS_URI));
        }
    }

    /** The user the token describes; throws IllegalArgumentException naming the first bad claim. */
    AntqUser toUser(Jwt jwt) {
        Object agency = jwt.getClaims().get(names.agency());
        if (!(agency instanceof String agencyCode) || agencyCode.isBlank()) {
            throw new IllegalArgumentException("The token has no agency claim (" + names.agency() + ")");
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new IllegalArgumentException("The token has no sub claim");
        }
        Object locality = jwt.getClaims().get(names.locality());
        if (locality != null && !(locality instanceof String code && LOCALITY_CODE.matcher(code).matches())) {
            throw new IllegalArgumentException("The locality claim (" + names.locality() + ") is not an admin-unit code");
        }
        return new AntqUser(jwt.getSubject(), agencyCode, roles(jwt.getClaims().get(names.roles())), (String) locality);
    }

    private Set<Role> roles(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        if (!(claim instanceof List<?> roleNames)) {
            throw new IllegalArgumentException("The roles claim (" + names.roles() + ") is not an array");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : roleNames) {
            roles.add(role(name));
        }
        return roles;
    }

    private static Role role(Object name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role in the token: " + name);
    }
}
