package vn.antq.analytics.modelhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.modelhealth.ModelHealth.ReportPeriod;

class ModelHealthTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @Test
    void anActiveModelWithoutAReportInSixMonthsIsPaperOnly() {
        List<ReportPeriod> reports = List.of(report("2024-Q1", "2024-03-31"), report("2024-Q2", "2024-06-30"));

        assertThat(ModelHealth.paperOnly("ACTIVE", LocalDate.of(2020, 1, 1), reports, AS_OF, 6)).hasValueSatisfying(flag -> {
            assertThat(flag.lastReport().period()).isEqualTo("2024-Q2");
            assertThat(flag.monthsWithoutReport()).isEqualTo(6);
        });
    }

    @Test
    void aReportForAPeriodEndingInTheWindowClearsTheFlag() {
        List<ReportPeriod> reports = List.of(report("2024-Q3", "2024-09-30"));

        assertThat(ModelHealth.paperOnly("ACTIVE", LocalDate.of(2020, 1, 1), reports, AS_OF, 6)).isEmpty();
    }

    @Test
    void aModelNeverReportingCountsFromItsEstablishment() {
        assertThat(ModelHealth.paperOnly("ACTIVE", LocalDate.of(2023, 12, 31), List.of(), AS_OF, 6))
                .hasValueSatisfying(flag -> {
                    assertThat(flag.lastReport()).isNull();
                    assertThat(flag.monthsWithoutReport()).isEqualTo(12);
                });
    }

    @Test
    void tooNewInactiveAndFutureReportsAreJudgedFairly() {
        assertThat(ModelHealth.paperOnly("ACTIVE", LocalDate.of(2024, 7, 1), List.of(), AS_OF, 6)).isEmpty();
        assertThat(ModelHealth.paperOnly("SUSPENDED", LocalDate.of(2020, 1, 1), List.of(), AS_OF, 6)).isEmpty();
        // A report for a period that has not ended by the as-of date does not count yet.
        assertThat(ModelHealth.paperOnly("ACTIVE", LocalDate.of(2020, 1, 1), List.of(report("2025-Q1", "2025-03-31")),
                AS_OF, 6)).isPresent();
    }

    private static ReportPeriod report(String period, String end) {
        return new ReportPeriod(period, LocalDate.parse(end));
    }
}
