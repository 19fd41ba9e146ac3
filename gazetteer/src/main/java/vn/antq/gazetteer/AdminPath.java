package vn.antq.gazetteer;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A unit with its ancestors, e.g. Xã Đắk Pne / Huyện Kon Rẫy / Tỉnh Kon Tum.
 * The district is null for a province, and always for the two-tier 2025 structure;
 * the commune is null for a province or district.
 */
public record AdminPath(Structure structure, AdminUnit province, AdminUnit district, AdminUnit commune) {

    public AdminPath {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(province, "province");
        requireLevel(province, AdminLevel.PROVINCE, structure);
        requireLevel(district, AdminLevel.DISTRICT, structure);
        requireLevel(commune, AdminLevel.COMMUNE, structure);
        if (commune != null && structure.hasDistricts() && district == null) {
            throw new IllegalArgumentException("A commune of " + structure.label() + " needs its district");
        }
        if (district != null && !province.code().equals(district.provinceCode())) {
            throw new IllegalArgumentException("District " + district.code() + " is not in province " + province.code());
        }
        if (commune != null && !province.code().equals(commune.provinceCode())) {
            throw new IllegalArgumentException("Commune " + commune.code() + " is not in province " + province.code());
        }
        if (commune != null && district != null && !district.code().equals(commune.districtCode())) {
            throw new IllegalArgumentException("Commune " + commune.code() + " is not in district " + district.code());
        }
    }

    /** The lowest unit of the path: the commune, else the district, else the province. */
    public AdminUnit mostSpecific() {
        return commune != null ? commune : district != null ? district : province;
    }

    public String mostSpecificCode() {
        return mostSpecific().code();
    }

    /** True when the scope code (of this path's structure) is its province, district or commune code. */
    public boolean isWithin(String scopeCode) {
        return units().anyMatch(unit -> unit.code().equals(scopeCode));
    }

    /** Names from the most specific unit up, e.g. "Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum". */
    public String displayName() {
        return Stream.of(commune, district, province)
                .filter(Objects::nonNull)
                .map(AdminUnit::name)
                .collect(Collectors.joining(", "));
    }

    private static void requireLevel(AdminUnit unit, AdminLevel level, Structure structure) {
        if (unit != null && (unit.level() != level || unit.structure() != structure)) {
            throw new IllegalArgumentException(unit.code() + " is not a " + level.englishTerm() + " of " + structure.label());
        }
    }

    private Stream<AdminUnit> units() {
        return Stream.of(province, district, commune).filter(Objects::nonNull);
    }
}
