package vn.antq.kit.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01", "2024-05-10", "2099-12-31"})
    void datesFrom2000To2099AreInRange(String date) {
        assertThat(BusinessDates.check(LocalDate.parse(date), "Ngày bắt đầu", "Start date")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-06-02", "1800-01-01", "1999-12-31", "2100-01-01", "-999999999-01-01",
            "+999999999-12-31"})
    void datesOutsideTheRangeAreRefusedSayingTheRange(String date) {
        BusinessDates.OutOfRange problem = BusinessDates.check(LocalDate.parse(date), "Ngày bắt đầu", "Start date")
                .orElseThrow();

        assertThat(problem.messageEn()).isEqualTo("Start date " + LocalDate.parse(date)
                + " is outside the accepted range (2000-01-01 to 2099-12-31)");
        assertThat(problem.messageVi()).isEqualTo("Ngày bắt đầu " + LocalDate.parse(date)
                + " nằm ngoài khoảng cho phép (từ 2000-01-01 đến 2099-12-31)");
    }

    @org.junit.jupiter.api.Test
    void aMissingDateIsNotThisRulesBusiness() {
        assertThat(BusinessDates.check(null, "Ngày", "Date")).isEmpty();
    }
}
