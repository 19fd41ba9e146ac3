package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.shortcomings.Evidence;

/** The report shows words: every figure a finding's evidence can hold has its name in both languages. */
class ReportTextTest {

    @Test
    void everyEvidenceFigureHasANameInVietnameseAndEnglish() {
        for (Class<?> kind : Evidence.class.getPermittedSubclasses()) {
            for (RecordComponent figure : kind.getRecordComponents()) {
                assertThat(ReportText.has(figure.getName())).as(kind.getSimpleName() + "." + figure.getName()).isTrue();
                assertThat(ReportText.of(figure.getName(), Locale.forLanguageTag("vi")))
                        .isNotEqualTo(ReportText.of(figure.getName(), Locale.ENGLISH));
            }
        }
        assertThat(Arrays.asList(Evidence.class.getPermittedSubclasses())).hasSize(5);
    }
}
