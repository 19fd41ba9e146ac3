package vn.antq.analytics.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.antq.kit.recording.period.Cadence;

class ReportingCadenceTest {

    @Test
    void aMonthlyAgencyReportsEachMonthAndAQuarterlyOneEachQuarterEndingInTheRange() {
        assertThat(Cadence.MONTHLY.periodsEndingIn(YearMonth.of(2024, 11), YearMonth.of(2025, 2)))
                .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
        assertThat(Cadence.QUARTERLY.periodsEndingIn(YearMonth.of(2024, 2), YearMonth.of(2025, 5)))
                .containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1");
        assertThat(Cadence.QUARTERLY.periodsEndingIn(YearMonth.of(2024, 4), YearMonth.of(2024, 5))).isEmpty();
    }

    @Test
    void theCadenceIsReadPerAgencyFromTheRecordingServicesPropertyAndIsMonthlyByDefault() {
        ReportingProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "antq.reporting.cadence.WOMEN_UNION", "QUARTERLY", "antq.reporting.cadence.farmers", "QUARTERLY")))
                .bindOrCreate("antq.reporting", ReportingProperties.class);

        assertThat(properties.cadenceOf("WOMEN_UNION")).isEqualTo(Cadence.QUARTERLY);
        assertThat(properties.cadenceOf("FARMERS")).isEqualTo(Cadence.QUARTERLY);
        assertThat(properties.cadenceOf("POLICE")).isEqualTo(Cadence.MONTHLY);
    }

    @Test
    void aReportFirstSubmittedByTheOnTimeDayOfTheNextMonthIsOnTime() {
        OnTimeRule rule = new OnTimeRule(5);

        assertThat(rule.isOnTime(5)).isTrue();
        assertThat(rule.isOnTime(-2)).isTrue();
        assertThat(rule.isOnTime(6)).isFalse();
    }
}
