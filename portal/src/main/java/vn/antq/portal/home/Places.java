package vn.antq.portal.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;

/**
 * The places a person may record an activity in, for the workspace's place picker: in each administrative structure,
 * the person's own unit and every unit inside it, with the days each is in force, so that the page offers the units
 * valid on the activity's date (also offline, from its last copy). A person's unit belongs to one structure; in the
 * other the list is empty, and the page says why. A person without a unit (province-wide ops) gets the provinces.
 */
final class Places {

    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** { structures: [ { code, label, validFrom, validTo, units: [ { code, name, level, province, district, commune, validFrom, validTo } ] } ] }. */
    Map<String, Object> of(String locality, String localityStructure) {
        Structure own = structureOf(localityStructure);
        List<Map<String, Object>> structures = new ArrayList<>();
        for (Structure structure : Structure.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", structure.name());
            entry.put("label", structure.label());
            entry.put("validFrom", structure.validFrom());
            entry.put("validTo", structure.validTo());
            entry.put("units", units(locality, own, structure).stream().map(Places::unit).toList());
            structures.add(entry);
        }
        return Map.of("structures", structures);
    }

    private List<AdminUnit> units(String locality, Structure own, Structure structure) {
        List<AdminUnit> units = new ArrayList<>();
        if (locality == null) {
            units.addAll(gazetteer.provinces(structure));
            return units;
        }
        if (own != structure || !(gazetteer.resolve(locality, structure) instanceof Resolution.Resolved resolved)) {
            return units;
        }
        AdminPath path = resolved.path();
        if (path.commune() != null) {
            units.add(path.commune());
        } else if (path.district() != null) {
            units.add(path.district());
            units.addAll(gazetteer.communesOf(path.district().code()));
        } else if (structure.hasDistricts()) {
            units.add(path.province());
            for (AdminUnit district : gazetteer.districtsOf(path.province().code())) {
                units.add(district);
                units.addAll(gazetteer.communesOf(district.code()));
            }
        } else {
            units.add(path.province());
            units.addAll(gazetteer.communesOfProvince(path.province().code(), structure));
        }
        return units;
    }

    private static Structure structureOf(String code) {
        if (code == null) {
            return Structure.Y2019;
        }
        try {
            return Structure.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return Structure.Y2019;
        }
    }

    private static Map<String, Object> unit(AdminUnit unit) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", unit.code());
        entry.put("name", unit.name());
        entry.put("level", unit.level().name());
        switch (unit.level()) {
            case PROVINCE -> entry.put("province", unit.code());
            case DISTRICT -> {
                entry.put("province", unit.provinceCode());
                entry.put("district", unit.code());
            }
            default -> {
                entry.put("province", unit.provinceCode());
                entry.put("district", unit.districtCode());
                entry.put("commune", unit.code());
            }
        }
        entry.put("validFrom", unit.validFrom());
        entry.put("validTo", unit.validTo());
        return entry;
    }
}
