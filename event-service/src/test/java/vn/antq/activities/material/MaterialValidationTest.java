package vn.antq.activities.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class MaterialValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static final MaterialValidation VALIDATION = new MaterialValidation(Gazetteer.official());

    static final UnitCodes DISTRICT = new UnitCodes("62", "608", null);

    /** A leaflet of the Kon Tum city police, in Vietnamese and Ba Na, issued in 2024. */
    static MaterialForm leaflet() {
        return new MaterialForm(" Cảnh giác lừa đảo qua mạng ", MaterialKind.LEAFLET,
                List.of("Phòng chống lừa đảo trực tuyến", "An toàn thông tin"),
                List.of(MaterialLanguage.VIETNAMESE, MaterialLanguage.BA_NA), "2024", LocalDate.of(2024, 3, 1),
                DISTRICT, null);
    }

    static MaterialForm with(MaterialForm f, String title, List<String> topics, List<MaterialLanguage> languages,
                             String edition, LocalDate issuedOn, UnitCodes locality, String link) {
        return new MaterialForm(title, f.kind(), topics, languages, edition, issuedOn, locality, link);
    }

    @Test
    void aLeafletWithItsFileIsValidIssuedByTheCallersAgency() {
        MaterialValidation.Valid valid = VALIDATION.check(leaflet(), "POLICE", true, TODAY).value();

        MaterialDetails details = valid.details();
        assertThat(details.agency()).isEqualTo("POLICE");
        assertThat(details.title()).isEqualTo("Cảnh giác lừa đảo qua mạng");
        assertThat(details.locality().district()).isEqualTo("608");
        assertThat(details.locality().commune()).isNull();
        assertThat(details.languages()).containsExactly(MaterialLanguage.VIETNAMESE, MaterialLanguage.BA_NA);
        assertThat(details.link()).isNull();
        assertThat(valid.place().displayName()).contains("Kon Tum");
    }

    @Test
    void whatItAcceptsTheContractAcceptsToo() {
        MaterialDetails details = VALIDATION.check(leaflet(), "POLICE", true, TODAY).value().details();
        MaterialEvent.MaterialFile file = new MaterialEvent.MaterialFile("65f0c0ffee", "to-roi.pdf", "application/pdf",
                1234, "a".repeat(64));
        MaterialDetails linkOnly = VALIDATION.check(with(leaflet(), "Video", leaflet().topics(), leaflet().languages(),
                "1", leaflet().issuedOn(), DISTRICT, "https://congan.kontum.gov.vn/video/1"), "POLICE", false, TODAY)
                .value().details();

        assertThatCode(() -> Material.issue("m-1", details, file, "user-1", Instant.parse("2024-03-02T01:00:00Z"))
                .material().withdraw("user-1", Instant.parse("2024-05-02T01:00:00Z"))).doesNotThrowAnyException();
        assertThatCode(() -> Material.issue("m-2", linkOnly, null, "user-1", Instant.parse("2024-03-02T01:00:00Z")))
                .doesNotThrowAnyException();
    }

    @Test
    void aMaterialWithoutAFileNeedsItsLinkAndALinkIsAWholeHttpsAddress() {
        MaterialForm f = leaflet();

        assertThat(fields(VALIDATION.check(f, "POLICE", false, TODAY))).containsExactly("link");
        for (String link : List.of("http://congan.kontum.gov.vn/a", "https://", "https://có dấu cách.vn",
                "ftp://x.vn/a", "https://x.vn/" + "a".repeat(2000))) {
            MaterialForm withLink = with(f, f.title(), f.topics(), f.languages(), f.edition(), f.issuedOn(),
                    f.locality(), link);
            Checked<MaterialValidation.Valid> checked = VALIDATION.check(withLink, "POLICE", true, TODAY);
            assertThat(fields(checked)).as(link).containsExactly("link");
            assertThat(checked.problems().get(0).messageEn()).contains("https://");
        }
        assertThat(VALIDATION.check(with(f, f.title(), f.topics(), f.languages(), f.edition(), f.issuedOn(),
                f.locality(), " https://www.youtube.com/watch?v=abc "), "POLICE", false, TODAY).value().details().link())
                .isEqualTo("https://www.youtube.com/watch?v=abc");
    }

    @Test
    void listsMustHaveOneToTheirLimitOfDistinctEntries() {
        MaterialForm f = leaflet();

        assertThat(fields(VALIDATION.check(with(f, f.title(), List.of(), List.of(), f.edition(), f.issuedOn(),
                f.locality(), null), "POLICE", true, TODAY))).containsExactly("topics", "languages");
        assertThat(fields(VALIDATION.check(with(f, f.title(), Collections.nCopies(21, "Chủ đề"), f.languages(),
                f.edition(), f.issuedOn(), f.locality(), null), "POLICE", true, TODAY))).containsExactly("topics");
        Checked<MaterialValidation.Valid> repeated = VALIDATION.check(with(f, f.title(),
                List.of("An ninh mạng", " an ninh mạng ", " ", "x".repeat(101)),
                java.util.Arrays.asList(MaterialLanguage.XO_DANG, null, MaterialLanguage.XO_DANG), f.edition(),
                f.issuedOn(), f.locality(), null), "POLICE", true, TODAY);
        assertThat(fields(repeated)).containsExactly("topics[1]", "topics[2]", "topics[3]", "languages[1]",
                "languages[2]");
        assertThat(repeated.problems()).filteredOn(p -> p.field().equals("languages[2]")).singleElement()
                .satisfies(p -> {
                    assertThat(p.messageVi()).isEqualTo("Ngôn ngữ bị lặp: Tiếng Xơ Đăng");
                    assertThat(p.messageEn()).isEqualTo("Language listed twice: Xơ Đăng");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tờ rơi\u0000", "Tờ rơi\nhai dòng", "Tờ rơi\tcó tab"})
    void aTitleAndAnEditionAreOneLineOfAllowedCharacters(String text) {
        MaterialForm f = leaflet();

        assertThat(fields(VALIDATION.check(with(f, text, f.topics(), f.languages(), text, f.issuedOn(), f.locality(),
                null), "POLICE", true, TODAY))).containsExactly("title", "edition");
    }

    @Test
    void missingTextsATooLongTitleAndEditionAreNamed() {
        MaterialForm f = leaflet();
        Checked<MaterialValidation.Valid> missing = VALIDATION.check(new MaterialForm(" ", null, null, null, null,
                null, null, null), "POLICE", false, TODAY);
        Checked<MaterialValidation.Valid> tooLong = VALIDATION.check(with(f, "T".repeat(301), f.topics(),
                f.languages(), "E".repeat(101), f.issuedOn(), f.locality(), null), "POLICE", true, TODAY);

        assertThat(fields(missing)).containsExactly("title", "kind", "topics", "languages", "edition", "issuedOn",
                "locality.province", "link");
        assertThat(missing.problems()).allSatisfy(p -> assertThat(p.messageVi()).isNotEqualTo(p.messageEn()));
        assertThat(fields(tooLong)).containsExactly("title", "edition");
        assertThat(tooLong.problems().get(0).messageEn()).isEqualTo("Title is longer than 300 characters");
    }

    @Test
    void theDayOfIssueIsABusinessDateNotInTheFutureAndTheUnitIsInForceThatDay() {
        MaterialForm f = leaflet();

        Checked<MaterialValidation.Valid> future = VALIDATION.check(with(f, f.title(), f.topics(), f.languages(),
                f.edition(), TODAY.plusDays(1), f.locality(), null), "POLICE", true, TODAY);
        Checked<MaterialValidation.Valid> tooEarly = VALIDATION.check(with(f, f.title(), f.topics(), f.languages(),
                f.edition(), LocalDate.of(1999, 12, 31), f.locality(), null), "POLICE", true, TODAY);
        // Since July 2025 there are no districts, and commune 23506 is part of 23512.
        Checked<MaterialValidation.Valid> oldUnit = VALIDATION.check(with(f, f.title(), f.topics(), f.languages(),
                f.edition(), LocalDate.of(2025, 9, 10), new UnitCodes("51", null, "23506"), null), "POLICE", true,
                TODAY);

        assertThat(fields(future)).containsExactly("issuedOn");
        assertThat(future.problems().get(0).messageEn()).contains("in the future");
        assertThat(fields(tooEarly)).containsExactly("issuedOn");
        assertThat(fields(oldUnit)).containsExactly("locality.commune");
        assertThat(oldUnit.problems().get(0).messageVi()).contains("23512");
        assertThat(VALIDATION.check(with(f, f.title(), f.topics(), f.languages(), f.edition(), LocalDate.of(2025, 9, 10),
                new UnitCodes("51", null, "23512"), null), "POLICE", true, TODAY).isValid()).isTrue();
    }

    static List<String> fields(Checked<?> checked) {
        return checked.problems().stream().map(Problem::field).toList();
    }
}
