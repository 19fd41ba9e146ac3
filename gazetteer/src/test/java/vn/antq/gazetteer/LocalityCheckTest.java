package vn.antq.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalityCheckTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 5, 1);
    private static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);

    private final Gazetteer gazetteer = Gazetteer.official();

    @Test
    void aKonTumTripleOf2024IsValid() {
        LocalityCheck check = gazetteer.check("62", "614", "23491", BEFORE_REFORM);

        assertThat(check.isValid()).isTrue();
        assertThat(check.problems()).isEmpty();
        assertThat(((LocalityCheck.Valid) check).path().displayName()).isEqualTo("Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum");
    }

    @Test
    void aProvinceAloneOrWithItsDistrictIsValid() {
        assertThat(path(gazetteer.check("62", null, null, BEFORE_REFORM)).mostSpecificCode()).isEqualTo("62");
        assertThat(path(gazetteer.check("62", "608", null, BEFORE_REFORM)).mostSpecificCode()).isEqualTo("608");
    }

    @Test
    void aCommuneGivenWithoutItsDistrictGetsItFilledIn() {
        AdminPath path = path(gazetteer.check("62", null, "23491", BEFORE_REFORM));

        assertThat(path.district().code()).isEqualTo("614");
    }

    @Test
    void blankCodesCountAsAbsent() {
        assertThat(path(gazetteer.check("62", " ", "", BEFORE_REFORM)).mostSpecificCode()).isEqualTo("62");
    }

    @Test
    void aCommuneInAnotherDistrictIsAProblemOfTheCommuneField() {
        LocalityCheck check = gazetteer.check("62", "612", "23491", BEFORE_REFORM);

        assertThat(check.isValid()).isFalse();
        assertThat(check.problems()).containsExactly(new LocalityProblem("locality.commune",
                "Xã 23491 không thuộc huyện 612", "Commune 23491 is not in district 612"));
    }

    @Test
    void aDistrictInAnotherProvinceIsAProblemOfTheDistrictField() {
        assertThat(gazetteer.check("01", "612", null, BEFORE_REFORM).problems()).containsExactly(new LocalityProblem(
                "locality.district", "Huyện 612 không thuộc tỉnh 01", "District 612 is not in province 01"));
    }

    @Test
    void anUnknownCommuneIsNamedInBothLanguages() {
        assertThat(gazetteer.check("62", "614", "99999", BEFORE_REFORM).problems()).containsExactly(new LocalityProblem(
                "locality.commune", "Mã xã không tồn tại: 99999", "Unknown commune code: 99999"));
    }

    @Test
    void theProvinceIsRequired() {
        assertThat(gazetteer.check(null, null, "23491", BEFORE_REFORM).problems()).containsExactly(
                new LocalityProblem("locality.province", "Thiếu mã tỉnh", "Province code is required"));
    }

    @Test
    void malformedCodesAreReportedPerFieldWithoutExceptions() {
        LocalityCheck check = gazetteer.check("6A", "61", "2349x", BEFORE_REFORM);

        assertThat(check.problems()).extracting(LocalityProblem::field, LocalityProblem::messageVi, LocalityProblem::messageEn)
                .containsExactly(
                        tuple("locality.province", "Mã tỉnh không hợp lệ: 6A (cần 2 chữ số)",
                                "Malformed province code: 6A (expected 2 digits)"),
                        tuple("locality.district", "Mã huyện không hợp lệ: 61 (cần 3 chữ số)",
                                "Malformed district code: 61 (expected 3 digits)"),
                        tuple("locality.commune", "Mã xã không hợp lệ: 2349x (cần 5 chữ số)",
                                "Malformed commune code: 2349x (expected 5 digits)"));
    }

    @Test
    void aCommuneAndProvinceOf2025AreValidWithoutADistrict() {
        AdminPath path = path(gazetteer.check("51", null, "23512", LocalDate.of(2025, 7, 1)));

        assertThat(path.structure()).isEqualTo(Structure.Y2025);
        assertThat(path.district()).isNull();
        assertThat(path.displayName()).isEqualTo("Xã Đăk Mar, Tỉnh Quảng Ngãi");
    }

    @Test
    void aCommuneOfAnotherProvinceIsAProblemAfterTheReform() {
        assertThat(gazetteer.check("01", null, "23512", AFTER_REFORM).problems()).containsExactly(new LocalityProblem(
                "locality.commune", "Xã 23512 không thuộc tỉnh 01", "Commune 23512 is not in province 01"));
    }

    @Test
    void aDistrictAfterTheReformIsAProblem() {
        assertThat(gazetteer.check("51", "522", null, AFTER_REFORM).problems()).containsExactly(new LocalityProblem(
                "locality.district",
                "Từ ngày 01/07/2025 không còn cấp huyện; để trống mã huyện (đã nhập: 522)",
                "There is no district tier from 2025-07-01; leave the district code empty (given: 522)"));
    }

    @Test
    void anOldCommuneAfterTheReformNamesTheCommuneItBecame() {
        assertThat(gazetteer.check("51", null, "23506", AFTER_REFORM).problems()).containsExactly(new LocalityProblem(
                "locality.commune",
                "Mã xã 23506 (Xã Đắk HRing) thuộc danh mục 2019-2024, không còn hiệu lực ngày 01/08/2025; "
                        + "nay thuộc: 23512 Xã Đăk Mar",
                "Commune code 23506 (Xã Đắk HRing) belongs to the 2019-2024 structure, no longer in force on 2025-08-01; "
                        + "now part of: 23512 Xã Đăk Mar"));
    }

    @Test
    void aWholeOldTripleAfterTheReformIsExplainedFieldByField() {
        LocalityCheck check = gazetteer.check("62", "615", "23506", AFTER_REFORM);

        assertThat(check.problems()).extracting(LocalityProblem::field)
                .containsExactly("locality.province", "locality.district", "locality.commune");
        assertThat(check.problems().get(0).messageEn())
                .startsWith("Province code 62 (Tỉnh Kon Tum) belongs to the 2019-2024 structure")
                .endsWith("now part of: 51 Tỉnh Quảng Ngãi");
        assertThat(check.problems().get(2).messageVi()).endsWith("nay thuộc: 23512 Xã Đăk Mar");
    }

    @Test
    void anOldCommuneCodeReusedIn2025IsReadAsOldWhenItsOldDistrictIsGiven() {
        // 00004 is also Phường Ba Đình in 2025, but with district 001 the record is clearly in old codes.
        LocalityCheck check = gazetteer.check("01", "001", "00004", AFTER_REFORM);

        assertThat(check.problems()).extracting(LocalityProblem::field).containsExactly("locality.district", "locality.commune");
        assertThat(check.problems().get(1).messageVi()).contains("(Phường Trúc Bạch) thuộc danh mục 2019-2024");
    }

    @Test
    void aDividedOldCommuneAfterTheReformNamesAllItsParts() {
        assertThat(gazetteer.check("01", null, "00019", AFTER_REFORM).problems().get(0).messageEn()).endsWith(
                "now part of: 00004 Phường Ba Đình, 00070 Phường Hoàn Kiếm, 00190 Phường Ô Chợ Dừa, "
                        + "00226 Phường Văn Miếu - Quốc Tử Giám");
    }

    @Test
    void anOldCommuneWithoutSuccessorSaysSo() {
        assertThat(gazetteer.check("24", null, "07693", AFTER_REFORM).problems().get(0).messageEn())
                .endsWith("the conversion table names no corresponding unit");
    }

    @Test
    void aCommuneOf2025UsedBeforeTheReformNamesTheCommunesItWasFormedFrom() {
        assertThat(gazetteer.check("22", null, "06978", BEFORE_REFORM).problems()).containsExactly(new LocalityProblem(
                "locality.commune",
                "Mã xã 06978 (Xã Ba Chẽ) thuộc danh mục 2025, chưa có hiệu lực ngày 01/05/2024; trước đây gồm: "
                        + "06886 Xã Hải Lạng, 06970 Thị trấn Ba Chẽ, 06973 Xã Thanh Sơn, 06982 Xã Nam Sơn, 06988 Xã Đồn Đạc",
                "Commune code 06978 (Xã Ba Chẽ) belongs to the 2025 structure, not yet in force on 2024-05-01; formed from: "
                        + "06886 Xã Hải Lạng, 06970 Thị trấn Ba Chẽ, 06973 Xã Thanh Sơn, 06982 Xã Nam Sơn, 06988 Xã Đồn Đạc"));
    }

    @Test
    void theLastDayOfJune2025StillUsesTheOldStructure() {
        assertThat(gazetteer.check("62", "614", "23491", LocalDate.of(2025, 6, 30)).isValid()).isTrue();
        assertThat(gazetteer.check("62", "614", "23491", LocalDate.of(2025, 7, 1)).isValid()).isFalse();
    }

    @Test
    void aProblemSpeaksTheRequestedLanguageAndVietnameseByDefault() {
        LocalityProblem problem = gazetteer.check("62", "614", "99999", BEFORE_REFORM).problems().get(0);

        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Unknown commune code: 99999");
        assertThat(problem.message(Locale.forLanguageTag("vi"))).isEqualTo("Mã xã không tồn tại: 99999");
        assertThat(problem.message(null)).isEqualTo("Mã xã không tồn tại: 99999");
    }

    private static AdminPath path(LocalityCheck check) {
        assertThat(check.problems()).isEmpty();
        return ((LocalityCheck.Valid) check).path();
    }
}
