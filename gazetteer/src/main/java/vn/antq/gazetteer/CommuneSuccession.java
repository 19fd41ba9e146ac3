package vn.antq.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which 2025 communes took over which 2019-2024 communes (bảng chuyển đổi đơn vị hành chính cấp xã),
 * and, derived from it, which provinces correspond across the reform.
 */
final class CommuneSuccession {

    private final Map<String, List<Successor>> successorsByOldCommune;
    private final Map<String, List<AdminUnit>> predecessorsByNewCommune;
    private final Map<String, Set<AdminUnit>> newProvincesByOldProvince = new LinkedHashMap<>();
    private final Map<String, Set<AdminUnit>> oldProvincesByNewProvince = new LinkedHashMap<>();

    /** One row per (old commune, new commune) part, in source order. */
    record Part(AdminUnit oldCommune, Successor successor) {
    }

    CommuneSuccession(List<Part> parts, StructureUnits oldUnits, StructureUnits newUnits) {
        Map<String, List<Successor>> successors = new LinkedHashMap<>();
        Map<String, List<AdminUnit>> predecessors = new LinkedHashMap<>();
        for (Part part : parts) {
            AdminUnit oldCommune = part.oldCommune();
            AdminUnit newCommune = part.successor().commune();
            successors.computeIfAbsent(oldCommune.code(), code -> new ArrayList<>()).add(part.successor());
            predecessors.computeIfAbsent(newCommune.code(), code -> new ArrayList<>()).add(oldCommune);
            AdminUnit oldProvince = oldUnits.find(AdminLevel.PROVINCE, oldCommune.provinceCode());
            AdminUnit newProvince = newUnits.find(AdminLevel.PROVINCE, newCommune.provinceCode());
            newProvincesByOldProvince.computeIfAbsent(oldProvince.code(), code -> new LinkedHashSet<>()).add(newProvince);
            oldProvincesByNewProvince.computeIfAbsent(newProvince.code(), code -> new LinkedHashSet<>()).add(oldProvince);
        }
        successors.forEach(CommuneSuccession::requireExactlyOneDefault);
        this.successorsByOldCommune = freeze(successors);
        this.predecessorsByNewCommune = freeze(predecessors);
    }

    List<Successor> successorsOf(String oldCommuneCode) {
        return successorsByOldCommune.getOrDefault(oldCommuneCode, List.of());
    }

    List<AdminUnit> predecessorsOf(String newCommuneCode) {
        return predecessorsByNewCommune.getOrDefault(newCommuneCode, List.of());
    }

    /** Units of the other structure that cover (part of) the same ground as this unit; empty for districts. */
    List<AdminUnit> counterpartsOf(AdminUnit unit) {
        boolean old = unit.structure() == Structure.Y2019;
        return switch (unit.level()) {
            case PROVINCE -> List.copyOf((old ? newProvincesByOldProvince : oldProvincesByNewProvince)
                    .getOrDefault(unit.code(), Set.of()));
            case DISTRICT -> List.of();
            case COMMUNE -> old
                    ? successorsOf(unit.code()).stream().map(Successor::commune).toList()
                    : predecessorsOf(unit.code());
        };
    }

    private static void requireExactlyOneDefault(String oldCommuneCode, List<Successor> successors) {
        long defaults = successors.stream().filter(Successor::defaultSuccessor).count();
        if (defaults != 1) {
            throw new IllegalStateException("Old commune " + oldCommuneCode + " has " + defaults + " default successors");
        }
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        map.replaceAll((code, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }
}
