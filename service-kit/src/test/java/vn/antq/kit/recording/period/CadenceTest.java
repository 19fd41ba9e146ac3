package vn.antq.kit.recording.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void aDateBelongsToItsMonthOrQuarter() {
        assertThat(Cadence.MONTHLY.periodOf(LocalDate.of(2024, 5, 31)).code()).isEqualTo("2024-05");
        assertThat(Cadence.MONTHLY.periodOf(LocalDate.of(2019, 12, 1)).code()).isEqualTo("2019-12");
        assertThat(Cadence.QUARTERLY.periodOf(LocalDate.of(2024, 1, 1)).code()).isEqualTo("2024-Q1");
        assertThat(Cadence.QUARTERLY.periodOf(LocalDate.of(2024, 6, 30)).code()).isEqualTo("2024-Q2");
        assertThat(Cadence.QUARTERLY.periodOf(LocalDate.of(2024, 7, 1)).code()).isEqualTo("2024-Q3");
        assertThat(Cadence.QUARTERLY.periodOf(LocalDate.of(2024, 12, 31)).code()).isEqualTo("2024-Q4");
    }
}
