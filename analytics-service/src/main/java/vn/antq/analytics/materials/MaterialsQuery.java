package vn.antq.analytics.materials;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.population.PopulationEntry;
import vn.antq.analytics.population.PopulationStore;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.GroupKeys;
import vn.antq.analytics.query.ReadScope;
import vn.antq.contracts.material.MaterialLanguage;

/**
 * Materials coverage per unit: which official materials the unit received (of the scope's agencies: all for OPS, the
 * reader's own otherwise), how many of them are current, the languages those current materials are in, the languages
 * its residents speak (the population reference data) and which of them no current material received is in, and how
 * often its activities used any material. A unit counts what was given to it, not what its district received.
 */
@Component
public class MaterialsQuery {

    private final Generations generations;
    private final PopulationStore population;

    MaterialsQuery(Generations generations, PopulationStore population) {
        this.generations = generations;
        this.population = population;
    }

    /** One unit's (or group's) coverage. */
    public record Coverage(Map<String, Object> keys, Set<String> received, Set<String> current, Set<String> used,
                           long distributions, long copies, long digital, long uses,
                           Set<MaterialLanguage> languages, Set<MaterialLanguage> residentLanguages) {

        /** The residents' languages no current material received is in. */
        public Set<MaterialLanguage> missingLanguages() {
            Set<MaterialLanguage> missing = residentLanguages.isEmpty() ? EnumSet.noneOf(MaterialLanguage.class)
                    : EnumSet.copyOf(residentLanguages);
            missing.removeAll(languages);
            return missing;
        }
    }

    /** A material's state as the library last said it. */
    record Material(String id, List<MaterialLanguage> languages, boolean withdrawn) {
    }

    /** Coverage per group of the place keys asked for, in the scope. */
    public List<Coverage> coverage(ReadScope scope, List<String> keys) {
        Document match = scope.addTo(new Document(), "agency");
        List<String> withMaterial = new ArrayList<>(keys);
        withMaterial.add("material");
        Map<String, Material> materials = new HashMap<>();
        List<Map<String, Object>> rows = generations.answer(generation -> {
            materials.clear();
            for (Document document : generations.cells(generation, ProjectionCollections.MATERIALS).cells().find()) {
                Document state = document.get(Items.STATE, Document.class);
                if (state != null) {
                    materials.put(document.getString("_id"), new Material(document.getString("_id"),
                            state.getList("languages", String.class).stream().map(MaterialLanguage::valueOf).toList(),
                            Boolean.TRUE.equals(state.getBoolean("withdrawn"))));
                }
            }
            return CellAggregation.rows(generations.cells(generation, ProjectionCollections.MATERIAL_UNITS), match,
                    withMaterial, MaterialCells.TOTALS);
        });
        Map<String, List<MaterialLanguage>> spoken = residentLanguages();
        Map<String, Builder> groups = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> groupKeys = new LinkedHashMap<>(row);
            groupKeys.keySet().removeIf(name -> name.equals("material") || MaterialCells.TOTALS.contains(name));
            Builder group = groups.computeIfAbsent(GroupKeys.joinKey(row, keys), k -> new Builder(groupKeys));
            group.add((String) row.get("material"), row, materials);
        }
        List<Coverage> coverage = new ArrayList<>();
        for (Builder group : groups.values()) {
            String unit = unitOf(group.keys, keys);
            coverage.add(group.build(unit == null ? List.of() : spoken.getOrDefault(unit, List.of())));
        }
        return coverage;
    }

    /** The languages the residents of each unit speak, by code, as the population reference data has them. */
    public Map<String, List<MaterialLanguage>> residentLanguages() {
        Map<String, List<MaterialLanguage>> spoken = new HashMap<>();
        for (PopulationEntry entry : population.load().entries()) {
            spoken.put(entry.code(), entry.languages());
        }
        return spoken;
    }

    /** The code of the group's unit: its most specific place key. */
    private static String unitOf(Map<String, Object> row, List<String> keys) {
        for (String level : List.of(Place.COMMUNE, Place.DISTRICT, Place.PROVINCE)) {
            if (keys.contains(level)) {
                return row.get(level) instanceof String code ? code : null;
            }
        }
        return null;
    }

    private static final class Builder {
        final Map<String, Object> keys;
        final Set<String> received = new TreeSet<>();
        final Set<String> current = new TreeSet<>();
        final Set<String> used = new TreeSet<>();
        final Set<MaterialLanguage> languages = EnumSet.noneOf(MaterialLanguage.class);
        long distributions;
        long copies;
        long digital;
        long uses;

        Builder(Map<String, Object> keys) {
            this.keys = keys;
        }

        void add(String material, Map<String, Object> row, Map<String, Material> materials) {
            long given = (Long) row.get(MaterialCells.DISTRIBUTIONS);
            long usedHere = (Long) row.get(MaterialCells.USES);
            distributions += given;
            copies += (Long) row.get(MaterialCells.COPIES);
            digital += (Long) row.get(MaterialCells.DIGITAL);
            uses += usedHere;
            if (usedHere > 0) {
                used.add(material);
            }
            if (given > 0) {
                received.add(material);
                Material known = materials.get(material);
                if (known != null && !known.withdrawn()) {
                    current.add(material);
                    languages.addAll(known.languages());
                }
            }
        }

        Coverage build(List<MaterialLanguage> residentLanguages) {
            Set<MaterialLanguage> spoken = EnumSet.noneOf(MaterialLanguage.class);
            spoken.addAll(residentLanguages);
            return new Coverage(keys, received, current, used, distributions, copies, digital, uses, languages, spoken);
        }
    }
}
