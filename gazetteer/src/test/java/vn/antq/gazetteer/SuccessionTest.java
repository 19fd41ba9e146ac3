package vn.antq.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.antq.gazetteer.ResolveTest.resolved;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SuccessionTest {

    private final Gazetteer gazetteer = Gazetteer.official();

    @Test
    void aDividedCommuneListsEveryPartWithExactlyOneDefaultSuccessor() {
        List<Successor> successors = gazetteer.successorsOf("00019"); // Phường Điện Biên, Hà Nội

        assertThat(successors).extracting(s -> s.commune().code() + " " + s.commune().name()).containsExactly(
                "00004 Phường Ba Đình", "00070 Phường Hoàn Kiếm", "00190 Phường Ô Chợ Dừa",
                "00226 Phường Văn Miếu - Quốc Tử Giám");
        assertThat(successors).allMatch(Successor::divided);
        assertThat(successors).filteredOn(Successor::defaultSuccessor).hasSize(1);
        assertThat(gazetteer.defaultSuccessorOf("00019")).map(s -> s.commune().code()).contains("00004");
    }

    @Test
    void aMergedKonTumCommuneHasOneSuccessorInQuangNgai() {
        List<Successor> successors = gazetteer.successorsOf("23506"); // Xã Đắk HRing

        assertThat(successors).hasSize(1);
        Successor successor = successors.get(0);
        assertThat(successor.commune().code()).isEqualTo("23512");
        assertThat(successor.commune().name()).isEqualTo("Xã Đăk Mar");
        assertThat(successor.commune().structure()).isEqualTo(Structure.Y2025);
        assertThat(successor.commune().provinceCode()).isEqualTo("51");
        assertThat(successor.divided()).isFalse();
        assertThat(successor.defaultSuccessor()).isTrue();
        assertThat(gazetteer.defaultSuccessorOf("23506")).contains(successor);
    }

    @Test
    void aNewCommuneNamesTheOldCommunesItWasFormedFrom() {
        assertThat(gazetteer.predecessorsOf("23512")).extracting(AdminUnit::code).contains("23506", "23512")
                .allSatisfy(code -> assertThat(gazetteer.successorsOf(code)).extracting(s -> s.commune().code())
                        .contains("23512"));
        assertThat(gazetteer.predecessorsOf("21157")).extracting(AdminUnit::code).contains("21142"); // Trà Bùi, split
        assertThat(gazetteer.predecessorsOf("99999")).isEmpty();
    }

    @Test
    void konTumsProvinceWentToQuangNgaiAndEveryOtherProvinceToOneProvince() {
        assertThat(gazetteer.successorProvincesOf("62")).extracting(AdminUnit::code, AdminUnit::name)
                .containsExactly(tuple("51", "Tỉnh Quảng Ngãi"));
        assertThat(gazetteer.successorProvincesOf("51")).extracting(AdminUnit::code).containsExactly("51");
        assertThat(gazetteer.provinces(Structure.Y2019))
                .allSatisfy(province -> assertThat(gazetteer.successorProvincesOf(province.code())).hasSize(1));
        assertThat(gazetteer.successorProvincesOf("99")).isEmpty();
    }

    @Test
    void everyOldCommuneInTheMappingHasExactlyOneDefaultSuccessor() {
        Map<String, List<String[]>> rowsByOldCommune = readMappingRowsByOldCommune();

        assertThat(rowsByOldCommune).hasSize(10_035);
        rowsByOldCommune.forEach((oldCode, rows) -> {
            assertThat(rows).as(oldCode).filteredOn(row -> row[8].equals("True")).hasSize(1);
            List<Successor> successors = gazetteer.successorsOf(oldCode);
            assertThat(successors).as(oldCode).hasSize(rows.size());
            assertThat(successors).as(oldCode).filteredOn(Successor::defaultSuccessor).hasSize(1);
            assertThat(successors).as(oldCode).allMatch(s -> s.divided() == (rows.size() > 1));
            assertThat(gazetteer.defaultSuccessorOf(oldCode)).as(oldCode).isPresent();
        });
    }

    @Test
    void everySuccessorIsTheCommuneOfThe2025ListWithThatCode() {
        for (AdminUnit province : gazetteer.provinces(Structure.Y2019)) {
            for (AdminUnit oldCommune : gazetteer.communesOfProvince(province.code(), Structure.Y2019)) {
                for (Successor successor : gazetteer.successorsOf(oldCommune.code())) {
                    AdminPath path = resolved(gazetteer.resolve(successor.commune().code(), Structure.Y2025));
                    assertThat(path.commune()).isEqualTo(successor.commune());
                }
            }
        }
    }

    @Test
    void baCheIsMappedToTheCodeThe2025ListGivesIt() {
        // The mapping file says 06970 (the old town's code); the 2025 list says 06978.
        assertThat(gazetteer.defaultSuccessorOf("06970"))
                .map(s -> s.commune().code() + " " + s.commune().name())
                .contains("06978 Xã Ba Chẽ");
    }

    @Test
    void twelveOldCommunesMissingFromTheConversionTableHaveNoSuccessor() {
        List<String> withoutSuccessor = gazetteer.provinces(Structure.Y2019).stream()
                .flatMap(p -> gazetteer.communesOfProvince(p.code(), Structure.Y2019).stream())
                .map(AdminUnit::code)
                .filter(code -> gazetteer.successorsOf(code).isEmpty())
                .collect(Collectors.toList());

        assertThat(withoutSuccessor).containsExactly("07693", "07732", "07744", "16387", "16411", "18448",
                "20176", "20674", "25102", "25174", "25177", "25186");
        assertThat(gazetteer.defaultSuccessorOf("07693")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99999", "62", "abc"})
    void unknownOldCommunesHaveNoSuccessor(String code) {
        assertThat(gazetteer.successorsOf(code)).isEmpty();
        assertThat(gazetteer.defaultSuccessorOf(code)).isEqualTo(Optional.empty());
    }

    /** Rows of the shipped mapping (old commune code in column 2, defaultSuccessor in column 8). */
    private static Map<String, List<String[]>> readMappingRowsByOldCommune() {
        var resource = SuccessionTest.class.getResourceAsStream("/gazetteer/vn-admin-units-2025-mapping.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1)
                    .map(line -> line.split(","))
                    .collect(Collectors.groupingBy(row -> row[2], LinkedHashMap::new, Collectors.toList()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
