package vn.antq.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antq.gazetteer.Gazetteer;

class PlacesTest {

    private final Places places = new Places(Gazetteer.official());

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> structures(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("structures");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> units(Map<String, Object> answer, String structure) {
        return structures(answer).stream().filter(entry -> structure.equals(entry.get("code"))).findFirst()
                .map(entry -> (List<Map<String, Object>>) entry.get("units")).orElseThrow();
    }

    @Test
    void aCommuneRecorderIsOfferedTheirCommuneInItsStructureOnly() {
        Map<String, Object> answer = places.of("23437", "Y2019");

        assertThat(units(answer, "Y2019")).singleElement().satisfies(unit -> {
            assertThat(unit).containsEntry("code", "23437").containsEntry("level", "COMMUNE")
                    .containsEntry("province", "62").containsEntry("district", "612").containsEntry("commune", "23437");
            assertThat((String) unit.get("name")).contains("Tân Cảnh");
        });
        assertThat(units(answer, "Y2025")).isEmpty();
        assertThat(structures(answer).get(0)).containsEntry("validTo", LocalDate.of(2025, 6, 30));
        assertThat(structures(answer).get(1)).containsEntry("validFrom", LocalDate.of(2025, 7, 1));
    }

    @Test
    void aDistrictOrProvinceRecorderIsOfferedEveryUnitInside() {
        List<Map<String, Object>> district = units(places.of("612", "Y2019"), "Y2019");
        assertThat(district.get(0)).containsEntry("code", "612").containsEntry("level", "DISTRICT");
        assertThat(district).hasSizeGreaterThan(2);
        assertThat(district.subList(1, district.size()))
                .allSatisfy(unit -> assertThat(unit).containsEntry("level", "COMMUNE").containsEntry("district", "612"));

        List<Map<String, Object>> province = units(places.of("62", "Y2019"), "Y2019");
        assertThat(province.get(0)).containsEntry("code", "62").containsEntry("level", "PROVINCE");
        assertThat(province).extracting(unit -> unit.get("code")).contains("612", "23437");
        assertThat(province).allSatisfy(unit -> assertThat(unit).containsEntry("province", "62"));
    }

    @Test
    void aTwoTierProvinceOffersItsCommunesWithoutDistricts() {
        Map<String, Object> first = units(places.of(null, null), "Y2025").get(0);
        String province = (String) first.get("code");

        List<Map<String, Object>> units = units(places.of(province, "Y2025"), "Y2025");
        assertThat(units).hasSizeGreaterThan(1);
        assertThat(units.subList(1, units.size())).allSatisfy(unit -> assertThat(unit)
                .containsEntry("level", "COMMUNE").containsEntry("province", province).containsEntry("district", null));
        assertThat(units(places.of(province, "Y2025"), "Y2019")).isEmpty();
    }
}
