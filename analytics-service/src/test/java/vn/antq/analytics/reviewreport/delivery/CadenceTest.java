package vn.antq.analytics.reviewreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.antq.kit.reference.VietnamTime;

/** The period a run delivers, and the waits between tries of a failed delivery. */
class CadenceTest {

    @Test
    void monthlyIsThePreviousMonthAcrossTheYear() {
        assertThat(Cadence.MONTHLY.latestCompleted(LocalDate.of(2026, 12, 6)))
                .isEqualTo(new ReportPeriod("2026-11", YearMonth.of(2026, 11), YearMonth.of(2026, 11)));
        assertThat(Cadence.MONTHLY.latestCompleted(LocalDate.of(2027, 1, 1)).key()).isEqualTo("2026-12");
        assertThat(Cadence.MONTHLY.latestCompleted(LocalDate.of(2024, 3, 31)).key()).isEqualTo("2024-02");
    }

    @Test
    void quarterlyIsThePreviousQuarterOnlyOnceItHasEnded() {
        assertThat(Cadence.QUARTERLY.latestCompleted(LocalDate.of(2024, 4, 1)))
                .isEqualTo(new ReportPeriod("2024-Q1", YearMonth.of(2024, 1), YearMonth.of(2024, 3)));
        assertThat(Cadence.QUARTERLY.latestCompleted(LocalDate.of(2024, 3, 31)).key()).isEqualTo("2023-Q4");
        assertThat(Cadence.QUARTERLY.latestCompleted(LocalDate.of(2024, 1, 15)))
                .isEqualTo(new ReportPeriod("2023-Q4", YearMonth.of(2023, 10), YearMonth.of(2023, 12)));
        assertThat(Cadence.QUARTERLY.latestCompleted(LocalDate.of(2026, 12, 6)).key()).isEqualTo("2026-Q3");
    }

    @Test
    void theDayIsVietnams() {
        // 17:30 UTC on 31 March is 00:30 on 1 April in Vietnam: March has ended there.
        LocalDate vietnam = LocalDate.ofInstant(Instant.parse("2024-03-31T17:30:00Z"), VietnamTime.ZONE);
        assertThat(Cadence.MONTHLY.latestCompleted(vietnam).key()).isEqualTo("2024-03");
        assertThat(Cadence.QUARTERLY.latestCompleted(vietnam).key()).isEqualTo("2024-Q1");
    }

    @Test
    void aPeriodReadsAsTheReportWritesDates() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(Cadence.MONTHLY.latestCompleted(LocalDate.of(2024, 4, 2)).text(vi)).isEqualTo("tháng 03 năm 2024");
        assertThat(Cadence.MONTHLY.latestCompleted(LocalDate.of(2024, 4, 2)).text(Locale.ENGLISH)).isEqualTo("March 2024");
        assertThat(Cadence.QUARTERLY.latestCompleted(LocalDate.of(2024, 4, 2)).text(vi))
                .isEqualTo("quý 1 năm 2024 (tháng 01 năm 2024 – tháng 03 năm 2024)");
        assertThat(Cadence.QUARTERLY.latestCompleted(LocalDate.of(2024, 4, 2)).text(Locale.ENGLISH))
                .isEqualTo("Q1 2024 (January 2024 – March 2024)");
    }

    @Test
    void theWaitDoublesUpToTheLongest() {
        DeliveryProperties properties = new DeliveryProperties(Duration.ofMinutes(5), Duration.ofMinutes(1), "a@b.vn", 8,
                Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(15));
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofMinutes(20));
        assertThat(properties.backoff(4)).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.backoff(60)).isEqualTo(Duration.ofMinutes(30));
    }
}
