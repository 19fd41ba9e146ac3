package vn.antq.analytics.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

/**
 * A coarser copy of a projection: its cells summed over the dimensions the rollup drops, one small document per
 * combination of the dimensions it keeps. An answer that needs no other field reads the rollup instead of the
 * detailed cells, so its cost follows the number of those combinations, not the number of records (see
 * {@link RollupWriter} for how a rollup stays exact).
 *
 * @param source    the projection it sums ({@link ProjectionCollections})
 * @param name      its collection, prefixed by the generation like every other
 * @param keyFields the fields whose values name a rollup document (a detailed cell's values of them)
 * @param fields    every field it keeps: the key fields and what follows from them (names, year, quarter)
 */
public record Rollup(String source, String name, List<String> keyFields, List<String> fields) {

    /** Stands for an absent key field (a district-level record has no commune) in a document's {@code _id}. */
    static final String NONE = "-";

    public Rollup {
        keyFields = List.copyOf(keyFields);
        fields = List.copyOf(fields);
        if (!fields.containsAll(keyFields)) {
            throw new IllegalArgumentException("A rollup keeps its key fields: " + keyFields + " not all in " + fields);
        }
    }

    /** The rollup document a detailed cell falls in. */
    public String keyOf(Map<String, ?> cell) {
        List<String> values = new ArrayList<>(keyFields.size());
        for (String field : keyFields) {
            Object value = cell.get(field);
            values.add(value == null ? NONE : value.toString());
        }
        return String.join("|", values);
    }

    /** The kept fields of a detailed cell, as the rollup document carries them (absent ones stay absent). */
    public Document dimensionsOf(Map<String, ?> cell) {
        Document dimensions = new Document();
        for (String field : fields) {
            if (cell.get(field) != null) {
                dimensions.append(field, cell.get(field));
            }
        }
        return dimensions;
    }

    /** Whether it can answer a question that reads only these fields. */
    public boolean keeps(Set<String> needed) {
        return fields.containsAll(needed);
    }

    /**
     * The rollups, by what they sum: a projection's cells, or another rollup's documents (a district's figures are the
     * sum of its places', each the sum of its cells, so that no document keeps more than a few parts). For each
     * source the smallest first.
     */
    public static final Map<String, List<Rollup>> BY_SOURCE = bySource(List.of(
            new Rollup(ProjectionCollections.PARTICIPATION, "participation_by_place",
                    List.of("agency", "province", "district", "commune", "month"),
                    List.of("agency", "province", "provinceName", "district", "districtName", "commune", "communeName",
                            "year", "quarter", "month")),
            new Rollup("participation_by_place", "participation_by_district",
                    List.of("agency", "province", "district", "month"),
                    List.of("agency", "province", "provinceName", "district", "districtName", "year", "quarter", "month")),
            new Rollup("participation_by_place", "participation_by_commune",
                    List.of("province", "district", "commune", "month"),
                    List.of("province", "provinceName", "district", "districtName", "commune", "communeName", "year",
                            "quarter", "month")),
            new Rollup(ProjectionCollections.COORDINATION, "coordination_by_district",
                    List.of("pair", "province", "district", "month"),
                    List.of("pair", "agencies", "province", "provinceName", "district", "districtName", "year", "quarter",
                            "month"))));

    /** The rollups that sum {@code source} directly. */
    public static List<Rollup> of(String source) {
        return BY_SOURCE.getOrDefault(source, List.of());
    }

    /** Every rollup a projection's cells feed, directly or through another, the coarsest first. */
    public static List<Rollup> allOf(String projection) {
        List<List<Rollup>> levels = new ArrayList<>();
        for (List<Rollup> level = of(projection); !level.isEmpty();
                level = level.stream().flatMap(rollup -> of(rollup.name()).stream()).toList()) {
            levels.add(level);
        }
        List<Rollup> coarsestFirst = new ArrayList<>();
        for (int i = levels.size() - 1; i >= 0; i--) {
            coarsestFirst.addAll(levels.get(i));
        }
        return List.copyOf(coarsestFirst);
    }

    private static Map<String, List<Rollup>> bySource(List<Rollup> rollups) {
        Map<String, List<Rollup>> bySource = new LinkedHashMap<>();
        rollups.forEach(rollup -> bySource.computeIfAbsent(rollup.source(), source -> new ArrayList<>()).add(rollup));
        bySource.replaceAll((source, list) -> List.copyOf(list));
        return Map.copyOf(bySource);
    }
}
