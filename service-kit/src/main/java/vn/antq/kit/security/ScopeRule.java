package vn.antq.kit.security;

import java.util.function.BiPredicate;

import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Word;

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
 * reform reused many old codes for other units. An answer that speaks in one structure only (analytics under
 * {@code structure=2025}) compares in that structure: {@link #localityOf(AntqUser, String, Structure)}.
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
            throw ApiException.forbidden("access.read.other-agency", Word.agency(user.agency()),
                    Word.agency(requested));
        }
        return user.agency();
    }

    /** The locality part of {@link #scopeOf}: a code of either structure, inside the token's in the structure of both. */
    public String localityOf(AntqUser user, String requested) {
        return localityOf(user, requested, this::isInside);
    }

    /**
     * The locality part of {@link #scopeOf} for an answer that reads the codes of one structure only (analytics under
     * {@code structure=2025}): inside the token's locality in that structure, else 403 as always.
     */
    public String localityOf(AntqUser user, String requested, Structure structure) {
        return localityOf(user, requested, (scope, code) -> isInside(scope, code, structure));
    }

    private static String localityOf(AntqUser user, String requested, BiPredicate<String, String> inside) {
        if (user.locality() == null) {
            return requested;
        }
        if (requested == null) {
            return user.locality();
        }
        if (!inside.test(user.locality(), requested)) {
            throw ApiException.forbidden("access.read.outside-locality", user.locality(), requested);
        }
        return requested;
    }

    /** Whether {@code requested} lies within {@code scope} in a structure where both codes name a unit. */
    public boolean isInside(String scope, String requested) {
        for (Structure structure : Structure.values()) {
            if (isInside(scope, requested, structure)) {
                return true;
            }
        }
        return false;
    }

    /** Whether both codes name units of {@code structure} and {@code requested} lies within {@code scope} (or is it). */
    public boolean isInside(String scope, String requested, Structure structure) {
        return gazetteer.resolve(scope, structure) instanceof Resolution.Resolved
                && gazetteer.resolve(requested, structure) instanceof Resolution.Resolved resolved
                && resolved.path().isWithin(scope);
    }
}
