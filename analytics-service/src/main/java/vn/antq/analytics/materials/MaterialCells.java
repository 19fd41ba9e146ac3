package vn.antq.analytics.materials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.material.DistributionEvent;
import vn.antq.contracts.material.MaterialEvent;

/**
 * The materials library as analytics keeps it: one document per material in {@code materials} holding its current
 * state (languages, withdrawn), and, per material, agency and unit in {@code material_units}, what the unit received
 * (distributions, printed copies, the file or the link) and how many of the agency's activities there used it. A
 * cancelled distribution or activity counts nothing; a revision replaces what its earlier version counted.
 */
public final class MaterialCells {

    public static final String DISTRIBUTIONS = "distributions";
    public static final String COPIES = "copies";
    /** Distributions that gave the file or the link. */
    public static final String DIGITAL = "digital";
    /** Activities that used the material. */
    public static final String USES = "uses";
    public static final List<String> TOTALS = List.of(DISTRIBUTIONS, COPIES, DIGITAL, USES);

    private MaterialCells() {
    }

    /** The material's own document: its state, replaced by each version. */
    public static List<Contribution> of(MaterialEvent material) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", material.title());
        state.put("kind", material.kind().name());
        state.put("agency", material.agency());
        state.put("languages", material.languages().stream().map(Enum::name).toList());
        state.put("edition", material.edition());
        state.put("issuedOn", material.issuedOn().toString());
        state.put("withdrawn", material.withdrawn());
        return List.of(new Contribution(new CellRef(ProjectionCollections.MATERIALS, material.id()),
                Map.of("materialId", material.id()), Map.of(), Map.of(), state));
    }

    public static List<Contribution> ofDistribution(DistributionEvent distribution, Place unit) {
        if (distribution.cancelled()) {
            return List.of();
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(DISTRIBUTIONS, 1L);
        totals.put(COPIES, distribution.copies());
        totals.put(DIGITAL, distribution.digital() ? 1L : 0L);
        return List.of(unitCell(distribution.materialId(), distribution.agency(), unit, totals));
    }

    /** What an activity adds: one use of each material it names, where it took place. */
    public static List<Contribution> ofActivity(ActivityEvent activity, Place place) {
        if (activity.status() == ActivityStatus.CANCELLED) {
            return List.of();
        }
        List<Contribution> uses = new ArrayList<>();
        for (String material : activity.materials()) {
            uses.add(unitCell(material, activity.agency(), place, Map.of(USES, 1L)));
        }
        return uses;
    }

    private static Contribution unitCell(String material, String agency, Place place, Map<String, Long> totals) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("material", material);
        dimensions.put("agency", agency);
        dimensions.putAll(place.dimensions());
        String key = String.join("|", material, agency, place.code());
        return Contribution.of(new CellRef(ProjectionCollections.MATERIAL_UNITS, key), dimensions, totals);
    }
}
