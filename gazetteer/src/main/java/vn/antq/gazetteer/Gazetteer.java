package vn.antq.gazetteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Official Vietnamese administrative units (danh mục đơn vị hành chính) of the 2019-2024 and 2025
 * structures, and the conversion between them. Immutable and safe to share.
 *
 * <p>Every lookup is per structure (or per date, which picks the structure in force): the same code can
 * name different units in the two structures. Unknown or malformed codes are answers, never exceptions.
 */
public final class Gazetteer {

    private final StructureUnits y2019;
    private final StructureUnits y2025;
    private final CommuneSuccession succession;
    private final LocalityRules localityRules;

    Gazetteer(StructureUnits y2019, StructureUnits y2025, CommuneSuccession succession) {
        this.y2019 = y2019;
        this.y2025 = y2025;
        this.succession = succession;
        this.localityRules = new LocalityRules(this::units, succession);
    }

    /** The gazetteer of the data shipped with this module, loaded on first use. */
    public static Gazetteer official() {
        return Official.INSTANCE;
    }

    /** Resolves a code in the 2019-2024 structure, the default for the movement's records. */
    public Resolution resolve(String code) {
        return resolve(code, Structure.Y2019);
    }

    public Resolution resolve(String code, Structure structure) {
        return units(structure).resolve(code);
    }

    /** Resolves a code in the structure in force on that day. */
    public Resolution resolve(String code, LocalDate on) {
        return resolve(code, Structure.inForceOn(on));
    }

    /**
     * Checks a locality as recorded in an event, in the structure in force on that day. Blank codes count as
     * absent. The province is required; a district must lie in the province, and a commune in the district
     * (or in the province when no district is given). From 2025-07-01 there is no district tier.
     * The day is required; a code valid only in the other structure is explained with its counterparts.
     */
    public LocalityCheck check(String provinceCode, String districtCode, String communeCode, LocalDate on) {
        return localityRules.check(provinceCode, districtCode, communeCode, on);
    }

    /** The 2025 communes that took over a 2019-2024 commune, in the mapping's order; empty if none are known. */
    public List<Successor> successorsOf(String oldCommuneCode) {
        return succession.successorsOf(oldCommuneCode);
    }

    /** The one 2025 commune that takes a 2019-2024 commune's figures when a single successor must be chosen. */
    public Optional<Successor> defaultSuccessorOf(String oldCommuneCode) {
        return successorsOf(oldCommuneCode).stream().filter(Successor::defaultSuccessor).findFirst();
    }

    /** The 2019-2024 communes that became (part of) this 2025 commune, in the mapping's order; empty if none. */
    public List<AdminUnit> predecessorsOf(String newCommuneCode) {
        return succession.predecessorsOf(newCommuneCode);
    }

    /** The 2025 provinces that took over a 2019-2024 province's communes (62 Kon Tum: 51 Quảng Ngãi); empty if none. */
    public List<AdminUnit> successorProvincesOf(String oldProvinceCode) {
        AdminUnit province = y2019.find(AdminLevel.PROVINCE, oldProvinceCode);
        return province == null ? List.of() : succession.counterpartsOf(province);
    }

    public List<AdminUnit> provinces(Structure structure) {
        return units(structure).all(AdminLevel.PROVINCE);
    }

    /** Districts of a 2019-2024 province. */
    public List<AdminUnit> districtsOf(String provinceCode) {
        return y2019.districtsOf(provinceCode);
    }

    /** Communes of a 2019-2024 district. */
    public List<AdminUnit> communesOf(String districtCode) {
        return y2019.communesOf(districtCode);
    }

    public List<AdminUnit> communesOfProvince(String provinceCode, Structure structure) {
        return units(structure).communesOfProvince(provinceCode);
    }

    private StructureUnits units(Structure structure) {
        Objects.requireNonNull(structure, "structure");
        return structure == Structure.Y2019 ? y2019 : y2025;
    }

    /** Holder idiom: the JVM loads the data once, on first call to {@link #official()}, thread-safely. */
    private static final class Official {
        static final Gazetteer INSTANCE = GazetteerLoader.loadOfficial();
    }
}
