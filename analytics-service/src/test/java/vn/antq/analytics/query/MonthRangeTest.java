package vn.antq.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import vn.antq.kit.web.ApiException;

class MonthRangeTest {

    @Test
    void yearsQuartersMonthsAndDatesAreInclusiveBounds() {
        assertThat(MonthRange.parse("2019", "2024")).isEqualTo(new MonthRange(YearMonth.of(2019, 1), YearMonth.of(2024, 12)));
        assertThat(MonthRange.parse("2024-Q2", "2024-Q3")).isEqualTo(new MonthRange(YearMonth.of(2024, 4), YearMonth.of(2024, 9)));
        assertThat(MonthRange.parse("2024-05-15", "2024-06")).isEqualTo(new MonthRange(YearMonth.of(2024, 5), YearMonth.of(2024, 6)));
        assertThat(MonthRange.parse(null, "")).isEqualTo(new MonthRange(null, null));
    }

    @Test
    void theBoundsBecomeAMonthRangeOfTheMatch() {
        assertThat(MonthRange.parse("2024-01", "2024-03").addTo(new Document()))
                .isEqualTo(new Document("month", new Document("$gte", "2024-01").append("$lte", "2024-03")));
        assertThat(MonthRange.parse("2024-01", null).addYearsTo(new Document()))
                .isEqualTo(new Document("year", new Document("$gte", 2024)));
    }

    @Test
    void badDatesAndReversedRangesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> MonthRange.parse("2024-13", null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fieldProblems()).extracting(problem -> problem.field()).containsExactly("from"));
        assertThatThrownBy(() -> MonthRange.parse("2024-05", "2024-04")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fieldProblems()).extracting(problem -> problem.field()).containsExactly("to"));
    }

    @Test
    void unknownGroupByKeysAreRefused() {
        assertThat(GroupBy.parse(" agency, year ,agency", List.of("agency", "year"), List.of())).containsExactly("agency", "year");
        assertThatThrownBy(() -> GroupBy.parse("agency,colour", List.of("agency", "year"), List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }
}
