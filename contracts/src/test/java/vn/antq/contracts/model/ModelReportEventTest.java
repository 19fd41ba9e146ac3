package vn.antq.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.Samples;

class ModelReportEventTest {

    private final ModelReportEvent sample = Samples.report();

    @Test
    void aPeriodIsAMonthOrAQuarterWithItsFirstAndLastDay() {
        assertThat(new ReportPeriod("2024-02").start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(new ReportPeriod("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new ReportPeriod("2024-Q4").start()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(new ReportPeriod("2024-Q4").end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportPeriod("2024-Q5"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportPeriod("2024-5"));
    }

    @Test
    void periodDatesMustBeThoseOfThePeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withPeriod("2024-Q2", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 29)))
                .withMessageContaining("2024-06-30");
        assertThat(withPeriod("2024-05", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)).period()).isEqualTo("2024-05");
    }

    @Test
    void theReportIdIsTheModelAndPeriod() {
        assertThat(ModelReportEvent.reportId("model-1", "2024-Q2")).isEqualTo("model-1:2024-Q2");
    }

    @Test
    void countsCannotBeNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ModelReportEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.modelId(),
                        sample.modelType(), sample.agency(), sample.locality(), sample.period(), sample.periodStart(),
                        sample.periodEnd(), 0, 0, -1, 0, 0, 0, null))
                .withMessageContaining("tipsReported");
    }

    private ModelReportEvent withPeriod(String period, LocalDate start, LocalDate end) {
        return new ModelReportEvent(sample.id(), 2, sample.actor(), sample.occurredAt(), sample.modelId(), sample.modelType(),
                sample.agency(), sample.locality(), period, start, end, 0, 0, 0, 0, 0, 0, null);
    }
}
