package vn.antq.analytics.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Places;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;

/**
 * The units expected to report a period within a locality, in the administrative structure in force at the period's
 * end (2019-2024 units for periods ending up to 2025-06-30, 2025 units after): every commune in force that day, every
 * district (the 2019-2024 structure only) and the province, as far as they lie within the locality (a commune's
 * locality expects the commune alone). A locality that is no unit of that structure expects nothing.
 */
@Component
public class ExpectedUnits {

    private final Gazetteer gazetteer;
    private final Places places;

    public ExpectedUnits(Gazetteer gazetteer, Places places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    /** The province first, then the districts, then the communes, each by code. */
    public List<AdminPath> within(String locality, LocalDate periodEnd) {
        Structure structure = Structure.inForceOn(periodEnd);
        Optional<AdminPath> found = places.resolve(locality, structure);
        if (found.isEmpty()) {
            return List.of();
        }
        AdminUnit unit = found.get().mostSpecific();
        List<AdminUnit> units = new ArrayList<>();
        units.add(unit);
        switch (unit.level()) {
            case PROVINCE -> {
                if (structure.hasDistricts()) {
                    units.addAll(sorted(gazetteer.districtsOf(unit.code())));
                }
                units.addAll(sorted(gazetteer.communesOfProvince(unit.code(), structure)));
            }
            case DISTRICT -> units.addAll(sorted(gazetteer.communesOf(unit.code())));
            case COMMUNE -> {
            }
        }
        return units.stream().filter(each -> each.isInForceOn(periodEnd))
                .map(each -> places.resolve(each.code(), structure)).flatMap(Optional::stream).toList();
    }

    private static List<AdminUnit> sorted(List<AdminUnit> units) {
        return units.stream().sorted(Comparator.comparing(AdminUnit::code)).toList();
    }
}
