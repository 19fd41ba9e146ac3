package vn.antq.gazetteer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All units of one structure, indexed by code per level, in the order of the source data. */
final class StructureUnits {

    private final Structure structure;
    private final Map<AdminLevel, Map<String, AdminUnit>> byLevelAndCode = new EnumMap<>(AdminLevel.class);
    private final Map<String, List<AdminUnit>> districtsByProvince;
    private final Map<String, List<AdminUnit>> communesByDistrict;
    private final Map<String, List<AdminUnit>> communesByProvince;

    StructureUnits(Structure structure, List<AdminUnit> units) {
        this.structure = structure;
        for (AdminLevel level : AdminLevel.values()) {
            byLevelAndCode.put(level, new LinkedHashMap<>());
        }
        for (AdminUnit unit : units) {
            if (unit.structure() != structure) {
                throw new IllegalArgumentException(unit + " is not of the " + structure.label() + " structure");
            }
            if (byLevelAndCode.get(unit.level()).putIfAbsent(unit.code(), unit) != null) {
                throw new IllegalArgumentException("Duplicate " + unit.level() + " code " + unit.code());
            }
        }
        districtsByProvince = groupBy(AdminLevel.DISTRICT, AdminUnit::provinceCode);
        communesByDistrict = groupBy(AdminLevel.COMMUNE, AdminUnit::districtCode);
        communesByProvince = groupBy(AdminLevel.COMMUNE, AdminUnit::provinceCode);
        for (AdminUnit unit : units) {
            requireConsistentParents(unit);
        }
    }

    Structure structure() {
        return structure;
    }

    /** The unit with this code at this level, or null. */
    AdminUnit find(AdminLevel level, String code) {
        return byLevelAndCode.get(level).get(code);
    }

    List<AdminUnit> all(AdminLevel level) {
        return List.copyOf(byLevelAndCode.get(level).values());
    }

    List<AdminUnit> districtsOf(String provinceCode) {
        return districtsByProvince.getOrDefault(provinceCode, List.of());
    }

    List<AdminUnit> communesOf(String districtCode) {
        return communesByDistrict.getOrDefault(districtCode, List.of());
    }

    List<AdminUnit> communesOfProvince(String provinceCode) {
        return communesByProvince.getOrDefault(provinceCode, List.of());
    }

    /** A code of 2 (province), 3 (district) or 5 (commune) digits resolved in this structure. */
    Resolution resolve(String code) {
        if (code == null) {
            return new Resolution.Unknown(null, "no code given");
        }
        AdminLevel level = levelOf(code);
        if (level == null) {
            return new Resolution.Unknown(code, "malformed code: expected 2 (province), 3 (district) or 5 (commune) digits");
        }
        if (level == AdminLevel.DISTRICT && !structure.hasDistricts()) {
            return new Resolution.Unknown(code, "the " + structure.label() + " structure has no districts");
        }
        AdminUnit unit = find(level, code);
        if (unit == null) {
            return new Resolution.Unknown(code, "no " + level.englishTerm() + " " + code
                    + " in the " + structure.label() + " structure");
        }
        return new Resolution.Resolved(pathOf(unit));
    }

    AdminPath pathOf(AdminUnit unit) {
        return switch (unit.level()) {
            case PROVINCE -> new AdminPath(structure, unit, null, null);
            case DISTRICT -> new AdminPath(structure, find(AdminLevel.PROVINCE, unit.provinceCode()), unit, null);
            case COMMUNE -> new AdminPath(structure, find(AdminLevel.PROVINCE, unit.provinceCode()),
                    unit.districtCode() == null ? null : find(AdminLevel.DISTRICT, unit.districtCode()), unit);
        };
    }

    private static AdminLevel levelOf(String code) {
        for (AdminLevel level : AdminLevel.values()) {
            if (level.isWellFormed(code)) {
                return level;
            }
        }
        return null;
    }

    private Map<String, List<AdminUnit>> groupBy(AdminLevel level, Function<AdminUnit, String> parent) {
        Map<String, List<AdminUnit>> grouped = byLevelAndCode.get(level).values().stream()
                .filter(unit -> parent.apply(unit) != null)
                .collect(Collectors.groupingBy(parent, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        return Collections.unmodifiableMap(grouped);
    }

    private void requireConsistentParents(AdminUnit unit) {
        boolean provinceMissing = unit.provinceCode() != null && find(AdminLevel.PROVINCE, unit.provinceCode()) == null;
        AdminUnit district = unit.districtCode() == null ? null : find(AdminLevel.DISTRICT, unit.districtCode());
        boolean districtWrong = unit.districtCode() != null
                && (district == null || !district.provinceCode().equals(unit.provinceCode()));
        if (provinceMissing || districtWrong) {
            throw new IllegalArgumentException("Parents of " + unit.level() + " " + unit.code() + " are missing or inconsistent");
        }
    }
}
