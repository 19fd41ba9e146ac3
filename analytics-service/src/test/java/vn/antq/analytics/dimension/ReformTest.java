package vn.antq.analytics.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;

class ReformTest {

    private static final LocalDate BEFORE = LocalDate.of(2024, 5, 1);
    private static final LocalDate AFTER = LocalDate.of(2025, 9, 1);

    private final Gazetteer gazetteer = Gazetteer.official();
    private final Places places = new Places(gazetteer);
    private final Reform reform = new Reform(gazetteer);

    @Test
    void aMergedKonTumCommuneGoesToItsNewCommuneInQuangNgai() {
        Place recorded = places.of(new Locality("62", "615", "23506"), BEFORE); // Xã Đắk HRing

        Attribution attribution = reform.attribute(recorded, true);

        assertThat(attribution.place()).isEqualTo(new Place("51", null, "23512", "Tỉnh Quảng Ngãi", null, "Xã Đăk Mar"));
        assertThat(attribution.split()).isNull();
    }

    @Test
    void aSplitCommuneGoesToItsDefaultSuccessorAndSaysSo() {
        Place recorded = places.of(new Locality("51", "525", "21142"), BEFORE); // Xã Trà Bùi

        Attribution attribution = reform.attribute(recorded, true);

        assertThat(attribution.place()).isEqualTo(new Place("51", null, "21136", "Tỉnh Quảng Ngãi", null, "Xã Cà Đam"));
        assertThat(attribution.split().oldCode()).isEqualTo("21142");
        assertThat(attribution.split().oldName()).isEqualTo("Xã Trà Bùi");
        assertThat(attribution.split().successor().code()).isEqualTo("21136");
        assertThat(attribution.split().otherSuccessors()).extracting(AdminUnit::code, AdminUnit::name)
                .containsExactly(tuple("21157", "Xã Tây Trà Bồng"));
    }

    @Test
    void theStructureOfTheRecordNotTheCodeDecides() {
        // 21136 is Xã Trà Tân in 2019-2024 and Xã Cà Đam in 2025.
        Place before = places.of(new Locality("51", "525", "21136"), BEFORE);
        Place after = places.of(new Locality("51", null, "21136"), AFTER);

        assertThat(before.communeName()).isEqualTo("Xã Trà Tân");
        assertThat(reform.attribute(before, true).place().communeName()).isEqualTo("Xã Cà Đam");
        assertThat(reform.attribute(after, false))
                .isEqualTo(new Attribution(new Place("51", null, "21136", "Tỉnh Quảng Ngãi", null, "Xã Cà Đam"), null));
    }

    @Test
    void provinceAndDistrictLevelRecordsGoToTheNewProvinceOnly() {
        Place province = places.of(Locality.ofProvince("62"), BEFORE);
        Place district = places.of(new Locality("62", "612", null), BEFORE);
        Place kept = places.of(Locality.ofProvince("51"), BEFORE);

        Place quangNgai = new Place("51", null, null, "Tỉnh Quảng Ngãi", null, null);
        assertThat(reform.attribute(province, true).place()).isEqualTo(quangNgai);
        assertThat(reform.attribute(district, true).place()).isEqualTo(quangNgai);
        assertThat(reform.attribute(kept, true).place()).isEqualTo(quangNgai);
    }

    @Test
    void anOldCommuneTheMappingDoesNotKnowGoesToTheNewProvince() {
        AdminUnit commune = ((Resolution.Resolved) gazetteer.resolve("07693", Structure.Y2019)).path().commune();
        String newProvince = gazetteer.successorProvincesOf(commune.provinceCode()).get(0).code();

        Attribution attribution = reform.attribute(places.of(new Locality(commune.provinceCode(), commune.districtCode(),
                commune.code()), BEFORE), true);

        assertThat(attribution.place().province()).isEqualTo(newProvince);
        assertThat(attribution.place().commune()).isNull();
        assertThat(attribution.split()).isNull();
    }

    @Test
    void aUnitOf2025CoversTheOldUnitsWhoseFiguresItTakes() {
        assertThat(reform.codesThatMayFallIn("51")).contains("51", "62");
        assertThat(reform.codesThatMayFallIn("23512")).contains("23512", "23506");
        assertThat(reform.codesThatMayFallIn("21136")).contains("21136", "21142");
        assertThat(reform.codesThatMayFallIn("21157")).doesNotContain("21142");
    }

    @Test
    void onlyCodesOf2025AreUnitsOf2025() {
        assertThat(reform.unitOf2025("51")).map(AdminUnit::name).contains("Tỉnh Quảng Ngãi");
        assertThat(reform.unitOf2025("23512")).map(AdminUnit::name).contains("Xã Đăk Mar");
        assertThat(reform.unitOf2025("62")).isEmpty();
        assertThat(reform.unitOf2025("612")).isEmpty();
        assertThat(reform.isWithin("23512", "51")).isTrue();
        assertThat(reform.isWithin("51", "51")).isTrue();
        assertThat(reform.isWithin("23512", "01")).isFalse();
        assertThat(reform.isWithin("51", "23512")).isFalse();
    }

    @Test
    void recordsUpToJune2025AreInTheOldStructure() {
        assertThat(Reform.isBefore(YearMonth.of(2025, 6))).isTrue();
        assertThat(Reform.isBefore(YearMonth.of(2025, 7))).isFalse();
        assertThat(Reform.isBefore(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(Reform.isBefore(LocalDate.of(2025, 7, 1))).isFalse();
    }
}
