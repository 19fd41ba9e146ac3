package vn.antq.contracts.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.outcome.CrimeGroup;
import vn.antq.contracts.review.ReviewKind;

class LabelsTest {

    static Stream<Labelled> everyLabelled() {
        return Stream.of(Level.values(), Channel.values(), ActivityKind.values(), ActivityStatus.values(),
                        ModelStatus.values(), ReviewKind.values(), AwardForm.values(), RecipientType.values(),
                        AwardStatus.values(), CrimeGroup.values(), KnownAgencies.ALL.toArray(Labelled[]::new))
                .flatMap(Stream::of);
    }

    @ParameterizedTest
    @MethodSource("everyLabelled")
    void everyValueHasAVietnameseAndAnEnglishLabel(Labelled labelled) {
        assertThat(labelled.labelVi()).isNotBlank();
        assertThat(labelled.labelEn()).isNotBlank();
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishIsChosenByLocale() {
        assertThat(ActivityKind.QUIZ.label(null)).isEqualTo("Hái hoa dân chủ");
        assertThat(ActivityKind.QUIZ.label(Locale.forLanguageTag("vi"))).isEqualTo("Hái hoa dân chủ");
        assertThat(ActivityKind.QUIZ.label(Locale.FRENCH)).isEqualTo("Hái hoa dân chủ");
        assertThat(ActivityKind.QUIZ.label(Locale.UK)).isEqualTo("Democratic flower-picking quiz");
    }

    @Test
    void theArticlesTermsAreTheVietnameseLabels() {
        assertThat(ActivityKind.MOCK_TRIAL.labelVi()).isEqualTo("Phiên tòa giả định");
        assertThat(ActivityKind.LOUDSPEAKER.labelVi()).isEqualTo("Loa phát thanh thôn/làng");
        assertThat(ActivityKind.VILLAGE_MEETING.labelEn()).isEqualTo("Village meeting");
        assertThat(ReviewKind.INTERIM.labelVi()).isEqualTo("Sơ kết");
        assertThat(ReviewKind.FINAL.labelVi()).isEqualTo("Tổng kết");
        assertThat(AwardForm.CERTIFICATE_OF_MERIT.labelVi()).isEqualTo("Bằng khen");
        assertThat(AwardForm.CERTIFICATE_OF_COMMENDATION.labelVi()).isEqualTo("Giấy khen");
        assertThat(AwardForm.PUBLIC_COMMENDATION.labelVi()).isEqualTo("Biểu dương");
    }

    @Test
    void theFourKnownAgenciesHaveTheirVietnameseNames() {
        assertThat(KnownAgencies.ALL).extracting(KnownAgencies.Agency::code)
                .containsExactly("POLICE", "WOMEN_UNION", "VETERANS", "FARMERS")
                .allMatch(code -> Invariants.AGENCY_CODE.matcher(code).matches());
        assertThat(KnownAgencies.find(KnownAgencies.VETERANS).orElseThrow().labelVi()).isEqualTo("Hội Cựu chiến binh");
        assertThat(KnownAgencies.find("YOUTH_UNION")).isEmpty();
    }
}
