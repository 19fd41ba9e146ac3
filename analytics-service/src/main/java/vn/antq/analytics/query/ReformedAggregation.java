package vn.antq.analytics.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

import vn.antq.analytics.dimension.Attribution;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Reform;

/**
 * A group-by answer in the 2025 structure. The cells are grouped as usual, by the keys that are not places and by
 * their recorded province, district and commune, once per slice of time whose structure is known (for monthly
 * cells: up to 2025-06, and after); each row's place is then mapped by {@link Reform} and the rows regrouped by the
 * 2025 units. Every recorded row lands in exactly one 2025 row, so the totals are those of {@code recorded}.
 */
public final class ReformedAggregation {

    private static final List<String> RECORDED_PLACE = List.of(Place.PROVINCE, Place.DISTRICT, Place.COMMUNE);

    private ReformedAggregation() {
    }

    /** How a projection's cells are dated, which says in which structure their places were recorded. */
    public enum Grain {

        /** Cells of a month ({@code month} "2024-05"): up to 2025-06 in the 2019-2024 structure, after in 2025's. */
        MONTH(List.of(
                new Slice(new Document("month", new Document("$lte", Reform.LAST_MONTH_BEFORE.toString())), place -> true),
                new Slice(new Document("month", new Document("$gt", Reform.LAST_MONTH_BEFORE.toString())), place -> false))),

        /**
         * Cells of a year ({@code year} 2024): before 2025 in the 2019-2024 structure, after in 2025's; within 2025 the
         * place the projection stored tells (see {@link StructureView#isStoredBefore}).
         */
        YEAR(List.of(
                new Slice(new Document("year", new Document("$lt", Reform.LAST_MONTH_BEFORE.getYear())), place -> true),
                new Slice(new Document("year", Reform.LAST_MONTH_BEFORE.getYear()), StructureView::isStoredBefore),
                new Slice(new Document("year", new Document("$gt", Reform.LAST_MONTH_BEFORE.getYear())), place -> false)));

        private final List<Slice> slices;

        Grain(List<Slice> slices) {
            this.slices = slices;
        }
    }

    /** The cells a condition selects, and whether a row's recorded place is in the 2019-2024 structure. */
    private record Slice(Document condition, Predicate<Place> recordedBefore) {
    }

    static StructureView.Rows rows(MongoCollection<Document> cells, Document match, List<String> keys,
            List<String> totals, Grain grain, String locality, Reform reform) {
        List<String> queried = new ArrayList<>(keys.stream().filter(key -> !RECORDED_PLACE.contains(key)).toList());
        queried.addAll(RECORDED_PLACE);
        Document where = new StructureView(Structures.Y2025, new ReadScope(null, locality), reform).localityCondition("");
        Map<List<Object>, Map<String, Object>> grouped = new HashMap<>();
        SplitAttributions splits = new SplitAttributions(totals);
        for (Slice slice : grain.slices) {
            for (Map<String, Object> row : CellAggregation.rows(cells, allOf(match, slice.condition(), where), queried, totals)) {
                Place recorded = StructureView.placeOf(row);
                Attribution attribution = reform.attribute(recorded, slice.recordedBefore().test(recorded));
                if (locality != null && !Reform.isWithin(attribution.place(), locality)) {
                    continue;
                }
                Map<String, Object> shown = keysOf(row, keys, attribution.place());
                Map<String, Object> target = grouped.computeIfAbsent(new ArrayList<>(shown.values()), key -> {
                    Map<String, Object> fresh = new LinkedHashMap<>(shown);
                    totals.forEach(total -> fresh.put(total, 0L));
                    return fresh;
                });
                totals.forEach(total -> target.merge(total, row.get(total), (a, b) -> (Long) a + (Long) b));
                if (attribution.split() != null) {
                    splits.add(attribution.split(), row);
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(grouped.values());
        rows.sort(Comparator.comparing(row -> new ArrayList<>(row.values()).subList(0, row.size() - totals.size()),
                ReformedAggregation::compareValues));
        return new StructureView.Rows(rows, splits.list());
    }

    /** The row's keys as the 2025 answer shows them: a place key with the 2025 place's code and name. */
    private static Map<String, Object> keysOf(Map<String, Object> row, List<String> keys, Place place) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String key : keys) {
            switch (key) {
                case Place.PROVINCE -> {
                    shown.put(key, place.province());
                    shown.put(Place.nameOf(key), place.provinceName());
                }
                case Place.COMMUNE -> {
                    shown.put(key, place.commune());
                    shown.put(Place.nameOf(key), place.communeName());
                }
                default -> shown.put(key, row.get(key));
            }
        }
        return shown;
    }

    /** The non-empty conditions together. */
    private static Document allOf(Document... conditions) {
        List<Document> parts = new ArrayList<>();
        for (Document condition : conditions) {
            if (!condition.isEmpty()) {
                parts.add(condition);
            }
        }
        return parts.isEmpty() ? new Document() : parts.size() == 1 ? parts.get(0) : new Document("$and", parts);
    }

    /** Key by key, nulls first, as MongoDB sorts the recorded answers. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return x == null ? -1 : 1;
                }
                continue;
            }
            int c = ((Comparable) x).compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
