package vn.antq.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.gazetteer.ResolveTest.resolved;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the shipped data files as plain JSON trees and checks the gazetteer gives back what they say. */
class ShippedDataTest {

    private final Gazetteer gazetteer = Gazetteer.official();

    @Test
    void everyKonTumDistrictAndCommuneOf2019ResolvesWithItsNameAndParents() {
        JsonNode konTum = province(readTree("/gazetteer/vn-admin-units-2019-2024.json"), "62");
        List<String> districtCodes = new ArrayList<>();
        List<String> communeCodes = new ArrayList<>();

        for (JsonNode district : konTum.get("districts")) {
            AdminPath districtPath = resolved(gazetteer.resolve(text(district, "code")));
            assertThat(districtPath.district().name()).isEqualTo(text(district, "name"));
            assertThat(districtPath.province().name()).isEqualTo("Tỉnh Kon Tum");
            districtCodes.add(text(district, "code"));
            for (JsonNode commune : district.get("communes")) {
                AdminPath communePath = resolved(gazetteer.resolve(text(commune, "code")));
                assertThat(communePath.commune().name()).isEqualTo(text(commune, "name"));
                assertThat(communePath.district().code()).isEqualTo(text(district, "code"));
                assertThat(communePath.province().code()).isEqualTo("62");
                communeCodes.add(text(commune, "code"));
            }
        }

        assertThat(districtCodes).hasSize(10);
        assertThat(communeCodes).hasSize(102).doesNotHaveDuplicates();
    }

    @Test
    void everyUnitOfThe2019ListResolvesToTheSameNameTypeAndParents() {
        int units = 0;
        for (JsonNode province : readTree("/gazetteer/vn-admin-units-2019-2024.json").get("provinces")) {
            assertSame(gazetteer.resolve(text(province, "code")), AdminLevel.PROVINCE, province);
            units++;
            for (JsonNode district : province.get("districts")) {
                AdminUnit resolved = assertSame(gazetteer.resolve(text(district, "code")), AdminLevel.DISTRICT, district);
                assertThat(resolved.provinceCode()).isEqualTo(text(province, "code"));
                units++;
                for (JsonNode commune : district.get("communes")) {
                    AdminUnit unit = assertSame(gazetteer.resolve(text(commune, "code")), AdminLevel.COMMUNE, commune);
                    assertThat(unit.districtCode()).isEqualTo(text(district, "code"));
                    assertThat(unit.provinceCode()).isEqualTo(text(province, "code"));
                    units++;
                }
            }
        }
        assertThat(units).isEqualTo(63 + 696 + 10_047);
    }

    @Test
    void everyUnitOfThe2025ListResolvesToTheSameNameAndProvince() {
        int units = 0;
        for (JsonNode province : readTree("/gazetteer/vn-admin-units-2025.json").get("provinces")) {
            AdminPath provincePath = resolved(gazetteer.resolve(text(province, "code"), Structure.Y2025));
            assertThat(provincePath.province().name()).isEqualTo(text(province, "name"));
            units++;
            for (JsonNode commune : province.get("communes")) {
                AdminPath path = resolved(gazetteer.resolve(text(commune, "code"), Structure.Y2025));
                assertThat(path.commune().name()).isEqualTo(text(commune, "name"));
                assertThat(path.province().code()).isEqualTo(text(province, "code"));
                assertThat(path.district()).isNull();
                units++;
            }
        }
        assertThat(units).isEqualTo(34 + 3_321);
    }

    @Test
    void theKonTumBoundariesAreThoseOfItsTenDistricts() {
        JsonNode features = readTree("/gazetteer/kon-tum-districts.geojson").get("features");

        assertThat(features.size()).isEqualTo(10);
        for (JsonNode feature : features) {
            JsonNode properties = feature.get("properties");
            AdminUnit district = resolved(gazetteer.resolve(text(properties, "code"))).district();
            assertThat(district.name()).isEqualTo(text(properties, "name"));
            assertThat(district.provinceCode()).isEqualTo("62");
        }
    }

    private static AdminUnit assertSame(Resolution resolution, AdminLevel level, JsonNode expected) {
        AdminUnit unit = resolved(resolution).mostSpecific();
        assertThat(unit.level()).isEqualTo(level);
        assertThat(unit.name()).isEqualTo(text(expected, "name"));
        assertThat(unit.type()).isEqualTo(text(expected, "type"));
        return unit;
    }

    private static JsonNode province(JsonNode root, String code) {
        for (JsonNode province : root.get("provinces")) {
            if (code.equals(text(province, "code"))) {
                return province;
            }
        }
        throw new AssertionError("No province " + code);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).stringValue();
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = ShippedDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new JsonMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
