package vn.antq.analytics.usercounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.user.UserEvent;

/**
 * Active users (người dùng đang hoạt động): an enabled account counts once for each of its roles, in the cell of its
 * agency, role and unit (the unit in the structure the account gives; a province-wide account has no unit). A
 * disabled account counts nowhere. Each version replaces the account's last one, so duplicates and stale versions
 * change nothing.
 */
public final class UserCells {

    public static final String ACTIVE = "active";
    public static final List<String> TOTALS = List.of(ACTIVE);
    /** The cell key's unit part for a province-wide account. */
    static final String PROVINCE_WIDE = "province-wide";

    private UserCells() {
    }

    /** {@code place}: the account's unit, null for province-wide. */
    public static List<Contribution> of(UserEvent user, Place place) {
        if (!user.enabled()) {
            return List.of();
        }
        String unit = place == null ? PROVINCE_WIDE : user.locality().structure().name() + ":" + place.code();
        return user.roles().stream().map(role -> {
            Map<String, Object> dimensions = new LinkedHashMap<>();
            dimensions.put("agency", user.agency());
            dimensions.put("role", role);
            if (place != null) {
                dimensions.put("structure", user.locality().structure().name());
                dimensions.putAll(place.dimensions());
            }
            return Contribution.of(new CellRef(ProjectionCollections.USERS, String.join("|", user.agency(), role, unit)),
                    dimensions, Map.of(ACTIVE, 1L));
        }).toList();
    }
}
