package vn.antq.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolveTest {

    private final Gazetteer gazetteer = Gazetteer.official();

    @Test
    void code62IsKonTumProvince() {
        AdminPath path = resolved(gazetteer.resolve("62"));

        assertThat(path.structure()).isEqualTo(Structure.Y2019);
        assertThat(path.province().name()).isEqualTo("Tỉnh Kon Tum");
        assertThat(path.province().type()).isEqualTo("Tỉnh");
        assertThat(path.province().level()).isEqualTo(AdminLevel.PROVINCE);
        assertThat(path.district()).isNull();
        assertThat(path.commune()).isNull();
        assertThat(path.mostSpecificCode()).isEqualTo("62");
    }

    @Test
    void code608IsTheCityOfKonTumInKonTumProvince() {
        AdminPath path = resolved(gazetteer.resolve("608"));

        assertThat(path.district().name()).isEqualTo("Thành phố Kon Tum");
        assertThat(path.district().type()).isEqualTo("Thành phố");
        assertThat(path.district().provinceCode()).isEqualTo("62");
        assertThat(path.province().code()).isEqualTo("62");
        assertThat(path.displayName()).isEqualTo("Thành phố Kon Tum, Tỉnh Kon Tum");
    }

    @Test
    void aCommuneResolvesWithItsDistrictAndProvince() {
        AdminPath path = resolved(gazetteer.resolve("23491"));

        assertThat(path.commune().name()).isEqualTo("Xã Đắk Pne");
        assertThat(path.commune().type()).isEqualTo("Xã");
        assertThat(path.district().name()).isEqualTo("Huyện Kon Rẫy");
        assertThat(path.province().name()).isEqualTo("Tỉnh Kon Tum");
        assertThat(path.mostSpecificCode()).isEqualTo("23491");
        assertThat(path.displayName()).isEqualTo("Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum");
    }

    @Test
    void namesKeepTheSpellingOfTheOfficialList() {
        assertThat(resolved(gazetteer.resolve("23506")).displayName())
                .isEqualTo("Xã Đắk HRing, Huyện Đắk Hà, Tỉnh Kon Tum");
        assertThat(resolved(gazetteer.resolve("23473")).commune())
                .extracting(AdminUnit::name, AdminUnit::type)
                .containsExactly("Thị trấn Măng Đen", "Thị trấn");
    }

    @Test
    void konTumHasTenDistrictsAnd102Communes() {
        List<AdminUnit> districts = gazetteer.districtsOf("62");

        assertThat(districts).extracting(AdminUnit::code)
                .containsExactly("608", "610", "611", "612", "613", "614", "615", "616", "617", "618");
        assertThat(districts.stream().mapToInt(d -> gazetteer.communesOf(d.code()).size()).sum()).isEqualTo(102);
        assertThat(gazetteer.communesOfProvince("62", Structure.Y2019)).hasSize(102);
        assertThat(gazetteer.communesOf("608")).hasSize(21);
    }

    @Test
    void theOfficialListsHaveTheirPublishedCounts() {
        List<AdminUnit> provinces2019 = gazetteer.provinces(Structure.Y2019);
        int districts2019 = provinces2019.stream().mapToInt(p -> gazetteer.districtsOf(p.code()).size()).sum();
        int communes2019 = provinces2019.stream()
                .mapToInt(p -> gazetteer.communesOfProvince(p.code(), Structure.Y2019).size()).sum();
        List<AdminUnit> provinces2025 = gazetteer.provinces(Structure.Y2025);
        int communes2025 = provinces2025.stream()
                .mapToInt(p -> gazetteer.communesOfProvince(p.code(), Structure.Y2025).size()).sum();

        assertThat(provinces2019).hasSize(63);
        assertThat(districts2019).isEqualTo(696);
        assertThat(communes2019).isEqualTo(10_047);
        assertThat(provinces2025).hasSize(34);
        assertThat(communes2025).isEqualTo(3_321);
    }

    @Test
    void aReusedCommuneCodeNamesDifferentUnitsInTheTwoStructures() {
        AdminPath old = resolved(gazetteer.resolve("00004", Structure.Y2019));
        AdminPath current = resolved(gazetteer.resolve("00004", Structure.Y2025));

        assertThat(old.commune().name()).isEqualTo("Phường Trúc Bạch");
        assertThat(old.district().name()).isEqualTo("Quận Ba Đình");
        assertThat(current.commune().name()).isEqualTo("Phường Ba Đình");
        assertThat(current.district()).isNull();
        assertThat(current.displayName()).isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
    }

    @Test
    void quangNgaiKeepsItsCodeButTakesInKonTumAfterTheReform() {
        assertThat(resolved(gazetteer.resolve("51", Structure.Y2019)).province().name()).isEqualTo("Tỉnh Quảng Ngãi");
        assertThat(resolved(gazetteer.resolve("51", Structure.Y2025)).province().name()).isEqualTo("Tỉnh Quảng Ngãi");
        assertThat(gazetteer.communesOfProvince("51", Structure.Y2025)).extracting(AdminUnit::name)
                .contains("Xã Đăk Mar", "Phường Kon Tum");
    }

    @Test
    void unitsCarryTheValidityOfTheirStructure() {
        AdminUnit konTum = resolved(gazetteer.resolve("62")).province();
        AdminUnit baDinh = resolved(gazetteer.resolve("00004", Structure.Y2025)).commune();

        assertThat(konTum.validFrom()).isNull();
        assertThat(konTum.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(konTum.isInForceOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(baDinh.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(baDinh.validTo()).isNull();
        assertThat(baDinh.isInForceOn(LocalDate.of(2025, 7, 1))).isTrue();
    }

    @Test
    void resolvingByDateUsesTheStructureInForce() {
        assertThat(resolved(gazetteer.resolve("00004", LocalDate.of(2024, 12, 31))).commune().name())
                .isEqualTo("Phường Trúc Bạch");
        assertThat(resolved(gazetteer.resolve("00004", LocalDate.of(2025, 7, 1))).commune().name())
                .isEqualTo("Phường Ba Đình");
        assertThat(gazetteer.resolve("62", LocalDate.of(2025, 6, 30)).isResolved()).isTrue();
        assertThat(gazetteer.resolve("62", LocalDate.of(2025, 7, 1)).isResolved()).isFalse();
    }

    @Test
    void typesOfTheTwoTierStructureAreReadFromTheNames() {
        assertThat(resolved(gazetteer.resolve("01", Structure.Y2025)).province().type()).isEqualTo("Thành phố Trung ương");
        assertThat(resolved(gazetteer.resolve("62", Structure.Y2019)).province().type()).isEqualTo("Tỉnh");
        assertThat(resolved(gazetteer.resolve("11948", Structure.Y2025)).commune())
                .extracting(AdminUnit::name, AdminUnit::type).containsExactly("Đặc khu Bạch Long Vĩ", "Đặc khu");
        assertThat(resolved(gazetteer.resolve("06325", Structure.Y2025)).commune())
                .extracting(AdminUnit::name, AdminUnit::type).containsExactly("xã Bắc Sơn", "Xã");
    }

    @Test
    void aDistrictCodeIsUnknownInTheTwoTierStructure() {
        Resolution resolution = gazetteer.resolve("608", Structure.Y2025);

        assertThat(resolution).isInstanceOf(Resolution.Unknown.class);
        assertThat(((Resolution.Unknown) resolution).reason()).contains("no districts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "99", "000", "999", "00000", "99999"})
    void unknownCodesAreReportedAsUnknown(String code) {
        Resolution resolution = gazetteer.resolve(code);

        assertThat(resolution).isEqualTo(new Resolution.Unknown(code, ((Resolution.Unknown) resolution).reason()));
        assertThat(((Resolution.Unknown) resolution).reason()).startsWith("no ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "6", "6A", "ab", "0062", "620000", " 62", "62 ", "-62", "٦٢", "2349", "234910"})
    void malformedCodesAreReportedAsUnknownNotThrown(String code) {
        Resolution resolution = gazetteer.resolve(code);

        assertThat(resolution).isInstanceOf(Resolution.Unknown.class);
        assertThat(((Resolution.Unknown) resolution).code()).isEqualTo(code);
        assertThat(gazetteer.resolve(code, Structure.Y2025)).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void aPathIsWithinEachOfItsUnitsAndNoOther() {
        AdminPath path = resolved(gazetteer.resolve("23491"));

        assertThat(path.isWithin("62")).isTrue();
        assertThat(path.isWithin("614")).isTrue();
        assertThat(path.isWithin("23491")).isTrue();
        assertThat(path.isWithin("612")).isFalse();
        assertThat(path.isWithin("01")).isFalse();
        assertThat(path.isWithin(null)).isFalse();
    }

    @Test
    void listingsOfUnknownParentsAreEmpty() {
        assertThat(gazetteer.districtsOf("99")).isEmpty();
        assertThat(gazetteer.communesOf("999")).isEmpty();
        assertThat(gazetteer.communesOfProvince("62", Structure.Y2025)).isEmpty();
        assertThat(gazetteer.districtsOf(null)).isEmpty();
    }

    @Test
    void theOfficialGazetteerIsLoadedOnce() {
        assertThat(Gazetteer.official()).isSameAs(gazetteer);
    }

    static AdminPath resolved(Resolution resolution) {
        assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved) resolution).path();
    }
}
