package vn.antq.kit.security;

import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;
import vn.antq.kit.web.ApiException;

/**
 * The one rule for what a list request may cover (docs/DESIGN.md, "Scope of a list request"), for every service:
 * <ul>
 *   <li>no {@code agency} or {@code locality} filter: the token's own scope (its agency unless OPS or ADMIN, its
 *       locality if it has one; none means the whole country);</li>
 *   <li>a filter inside the token's scope: that filter;</li>
 *   <li>a filter wider than, or beside, the token's scope: 403 problem+json naming the token's scope and what was
 *       asked. Never a silently narrowed answer.</li>
 * </ul>
 * A locality is inside the token's when both codes name units of the same administrative structure (2019-2024 or
 * 2025) and the requested unit lies within the token's: codes only mean something with their structure, the 2025
 * reform reused many old codes for other units.
 */
public class ScopeRule {

    private final Gazetteer gazetteer;

    public ScopeRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What a list may show: an agency (null: every agency) and a locality code (null: the whole country). */
    public record Scope(String agency, String locality) {
    }

    /** The scope of a list request with these filters (each may be null), or 403 when it is wider than the token's. */
    public Scope scopeOf(AntqUser user, String agency, String locality) {
        return new Scope(agencyOf(user, agency), localityOf(user, locality));
    }

    /** The agency part of {@link #scopeOf}: OPS and ADMIN any (null = all), anyone else their own. */
    public String agencyOf(AntqUser user, String requested) {
        if (user.isOpsOrAdmin()) {
            return requested;
        }
        if (requested != null && !user.covers(requested)) {
            throw ApiException.forbidden("access.read.other-agency", user.agency(), requested);
        }
        return user.agency();
    }

    /** The locality part of {@link #scopeOf}. */
    public String localityOf(AntqUser user, String requested) {
        if (user.locality() == null) {
            return requested;
        }
        if (requested == null) {
            return user.locality();
        }
        if (!isInside(user.locality(), requested)) {
            throw ApiException.forbidden("access.read.outside-locality", user.locality(), requested);
        }
        return requested;
    }

    /** Whether {@code requested} lies within {@code scope} in a structure where both codes name a unit. */
    public boolean isInside(String scope, String requested) {
        for (Structure structure : Structure.values()) {
            if (gazetteer.resolve(scope, structure) instanceof Resolution.Resolved
                    && gazetteer.resolve(requested, structure) instanceof Resolution.Resolved resolved
                    && resolved.path().isWithin(scope)) {
                return true;
            }
        }
        return false;
    }
}
