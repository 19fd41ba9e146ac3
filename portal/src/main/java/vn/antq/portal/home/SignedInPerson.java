package vn.antq.portal.home;

import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.antq.portal.PortalProperties;

/** The codes a signed-in person's ID token carries, read under the claim names the portal is configured with. */
record SignedInPerson(String username, String name, String agency, List<String> roles, String locality,
                      String localityStructure) {

    static SignedInPerson of(OidcUser user, PortalProperties.Claims claims) {
        String name = user.getClaimAsString(claims.name());
        Object roles = user.getClaims().get(claims.roles());
        return new SignedInPerson(user.getSubject(), name == null ? user.getSubject() : name,
                user.getClaimAsString(claims.agency()),
                roles instanceof Collection<?> codes ? codes.stream().map(String::valueOf).toList() : List.of(),
                user.getClaimAsString(claims.locality()), user.getClaimAsString(claims.localityStructure()));
    }
}
