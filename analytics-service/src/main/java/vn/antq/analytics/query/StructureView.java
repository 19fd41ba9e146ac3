package vn.antq.analytics.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import vn.antq.analytics.dimension.Attribution;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Reform;
import vn.antq.analytics.projection.CellSource;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * One question in its {@code structure} (see {@link Structures}): what to match, how to group, and where each recorded
 * place shows. Under {@code recorded} everything is as the projections hold it. Under {@code 2025} the locality is a
 * 2025 code matched after the mapping, and the rows are regrouped by the 2025 units.
 *
 * @param reform null under {@code recorded}
 */
public record StructureView(String name, ReadScope scope, Reform reform) {

    /** Rows of a group-by answer and, under 2025, the figures attributed through split communes. */
    public record Rows(List<Map<String, Object>> rows, List<Map<String, Object>> attributedBySplit) {
    }

    /** The view of a question in the recorded units, as the projections hold them. */
    public static StructureView recorded(ReadScope scope) {
        return new StructureView(Structures.RECORDED, scope, null);
    }

    static StructureView in2025(ReadScope scope, Reform reform) {
        return new StructureView(Structures.Y2025, scope, reform);
    }

    public boolean isIn2025() {
        return reform != null;
    }

    /** The group keys; under 2025 there is no district to group by (400). */
    public List<String> groupKeys(List<String> keys) {
        if (isIn2025() && keys.contains(Place.DISTRICT)) {
            throw ApiException.badRequest(FieldProblem.of("groupBy",
                    "Danh mục 2025 không có cấp huyện: không thể nhóm theo district khi structure=2025",
                    "The 2025 structure has no districts: cannot group by district with structure=2025"));
        }
        return keys;
    }

    /** Adds the agency, and under {@code recorded} the locality, to a {@code $match}. */
    public Document addTo(Document match, String agencyField) {
        return addTo(match, agencyField, "");
    }

    /** As {@link #addTo(Document, String)}, for cells whose locality fields sit under {@code localityPrefix}. */
    public Document addTo(Document match, String agencyField, String localityPrefix) {
        return new ReadScope(scope.agency(), isIn2025() ? null : scope.locality()).addTo(match, agencyField, localityPrefix);
    }

    /** Adds only the agency to a {@code $match}, for answers that place each item themselves (see {@link #includes}). */
    public Document addAgencyTo(Document match, String agencyField) {
        return new ReadScope(scope.agency(), null).addTo(match, agencyField);
    }

    /**
     * A condition on the cells' locality fields that keeps every cell that may fall in the scope's locality (exactly
     * those under {@code recorded}; under 2025 a superset, which {@link #includes} narrows); empty without a locality.
     */
    public Document localityCondition(String localityPrefix) {
        String locality = scope.locality();
        if (locality == null) {
            return new Document();
        }
        String field = localityPrefix + ReadScope.localityField(locality);
        return isIn2025() ? new Document(field, new Document("$in", List.copyOf(reform.codesThatMayFallIn(locality))))
                : new Document(field, locality);
    }

    /** Group-by rows of the cells, in this structure. */
    public Rows rows(CellSource cells, Document match, List<String> keys, List<String> totals,
            ReformedAggregation.Grain grain) {
        if (!isIn2025()) {
            return new Rows(CellAggregation.rows(cells, match, keys, totals), List.of());
        }
        // Under 2025 each commune is mapped by its month: the detailed cells.
        return ReformedAggregation.rows(cells.cells(), match, keys, totals, grain, scope.locality(), reform);
    }

    /** Where a recorded place shows in this structure; {@code recordedBefore}: it is in the 2019-2024 structure. */
    public Attribution attribute(Place recorded, boolean recordedBefore) {
        return isIn2025() ? reform.attribute(recorded, recordedBefore) : new Attribution(recorded, null);
    }

    /** Whether a place, as this structure shows it, lies in the scope's locality. */
    public boolean includes(Place shown) {
        String locality = scope.locality();
        if (locality == null) {
            return true;
        }
        if (isIn2025()) {
            return Reform.isWithin(shown, locality);
        }
        return switch (ReadScope.localityField(locality)) {
            case Place.PROVINCE -> locality.equals(shown.province());
            case Place.DISTRICT -> locality.equals(shown.district());
            default -> locality.equals(shown.commune());
        };
    }

    /** {@code {rows, totals, structure, attributedBySplit (under 2025), asOf}}. */
    public Map<String, Object> answer(Rows rows, List<String> totals, Clock clock) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rows", rows.rows());
        answer.put("totals", CellAggregation.totals(rows.rows(), totals));
        describe(answer, rows.attributedBySplit());
        answer.put("asOf", Answers.asOf(clock));
        return answer;
    }

    /** Says in the answer which structure it speaks in and, under 2025, what it attributed through split communes. */
    public void describe(Map<String, Object> answer, List<Map<String, Object>> attributedBySplit) {
        answer.put(Structures.PARAMETER, name);
        if (isIn2025()) {
            answer.put("attributedBySplit", new ArrayList<>(attributedBySplit));
        }
    }

    /** The place fields of a cell or a state document ({@code province}, {@code provinceName}, ...). */
    public static Place placeOf(Map<String, ?> fields) {
        return new Place(text(fields, Place.PROVINCE), text(fields, Place.DISTRICT), text(fields, Place.COMMUNE),
                text(fields, Place.nameOf(Place.PROVINCE)), text(fields, Place.nameOf(Place.DISTRICT)),
                text(fields, Place.nameOf(Place.COMMUNE)));
    }

    /**
     * Whether a place the projections stored without a date to tell is a 2019-2024 one: the projections complete a
     * 2019-2024 commune with its district, and a 2025 commune has none. A province-level place reads the same in
     * both (the 34 provinces of 2025 kept their old codes).
     */
    public static boolean isStoredBefore(Place stored) {
        return stored.district() != null || stored.commune() == null;
    }

    /** Puts a shown place's codes and names into an answer's entry ({@code locality}, {@code province}, ...). */
    public static void putPlace(Map<String, Object> target, Place shown) {
        target.put("locality", shown.code());
        target.put(Place.PROVINCE, shown.province());
        target.put(Place.nameOf(Place.PROVINCE), shown.provinceName());
        target.put(Place.DISTRICT, shown.district());
        target.put(Place.nameOf(Place.DISTRICT), shown.districtName());
        target.put(Place.COMMUNE, shown.commune());
        target.put(Place.nameOf(Place.COMMUNE), shown.communeName());
    }

    private static String text(Map<String, ?> fields, String key) {
        return fields.get(key) instanceof String value ? value : null;
    }
}
