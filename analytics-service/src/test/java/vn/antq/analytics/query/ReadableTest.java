package vn.antq.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers, dates and periods as a Vietnamese and an English reader write them. */
class ReadableTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void numbersAreGroupedAsTheReaderGroupsThemAndFractionsOnlyBelowTen() {
        assertThat(Readable.number(342_448, VI)).isEqualTo("342.448");
        assertThat(Readable.number(342_448, Locale.ENGLISH)).isEqualTo("342,448");
        assertThat(Readable.figure(178.8, VI)).isEqualTo("179");
        assertThat(Readable.figure(0.44, VI)).isEqualTo("0,4");
        assertThat(Readable.figure(0.44, Locale.ENGLISH)).isEqualTo("0.4");
        assertThat(Readable.figure(1014, Locale.ENGLISH)).isEqualTo("1,014");
    }

    @Test
    void datesAreWrittenOut() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(Readable.date(day, VI)).isEqualTo("ngày 04 tháng 12 năm 2026");
        assertThat(Readable.date(day, Locale.ENGLISH)).isEqualTo("4 December 2026");
        assertThat(Readable.dateTime("2026-12-04T23:49:20+07:00", VI)).isEqualTo("ngày 04 tháng 12 năm 2026, 23:49");
        assertThat(Readable.shortDate(day, VI)).isEqualTo("04/12/2026");
        assertThat(Readable.month(YearMonth.of(2024, 5), VI)).isEqualTo("tháng 05 năm 2024");
        assertThat(Readable.month(YearMonth.of(2024, 5), Locale.ENGLISH)).isEqualTo("May 2024");
    }

    @Test
    void reportingPeriodsAreNamed() {
        assertThat(Readable.period("2024-Q2", VI)).isEqualTo("quý II/2024");
        assertThat(Readable.period("2024-Q2", Locale.ENGLISH)).isEqualTo("Q2 2024");
        assertThat(Readable.period("2024-05", VI)).isEqualTo("tháng 05/2024");
        assertThat(Readable.period("2024-05", Locale.ENGLISH)).isEqualTo("May 2024");
        assertThat(Readable.period("not a period", VI)).isEqualTo("not a period");
    }
}
