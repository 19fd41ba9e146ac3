package vn.antq.analytics.shortcomings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import vn.antq.analytics.query.Readable;
import vn.antq.contracts.common.Label;

import vn.antq.analytics.query.MonthRange;

/**
 * The period a question asks about, as the rules need it.
 *
 * @param from        first month asked, null for "from the beginning"
 * @param to          last month asked, null for "up to now"
 * @param start       its first day (null with {@code from})
 * @param end         its last day, today at the latest: models and review gaps are judged as of it
 * @param recentFrom  the last months of the period, at most 12 and none later than the last complete month ...
 * @param recentTo    ... (empty when {@code recentFrom} is after {@code recentTo})
 * @param earlierFrom the same months a year earlier, which a fall is measured against
 * @param earlierTo   ...
 */
record Period(YearMonth from, YearMonth to, LocalDate start, LocalDate end, YearMonth recentFrom, YearMonth recentTo,
              YearMonth earlierFrom, YearMonth earlierTo) {

    static final int RECENT_MONTHS = 12;

    static Period of(MonthRange range, LocalDate today) {
        YearMonth lastComplete = YearMonth.from(today).minusMonths(1);
        LocalDate end = range.to() == null || range.to().atEndOfMonth().isAfter(today) ? today : range.to().atEndOfMonth();
        LocalDate start = range.from() == null ? null : range.from().atDay(1);
        YearMonth recentTo = range.to() == null || range.to().isAfter(lastComplete) ? lastComplete : range.to();
        YearMonth recentFrom = recentTo.minusMonths(RECENT_MONTHS - 1L);
        if (range.from() != null && range.from().isAfter(recentFrom)) {
            recentFrom = range.from();
        }
        return new Period(range.from(), range.to(), start, end, recentFrom, recentTo, recentFrom.minusYears(1),
                recentTo.minusYears(1));
    }

    /**
     * The recent months as the explanations name them after a figure: "từ tháng 01/2024 đến tháng 12/2024", "from
     * January 2024 to December 2024"; "trong tháng 12/2024", "in December 2024".
     */
    Label recentText() {
        Locale vi = Locale.forLanguageTag("vi");
        if (recentFrom.equals(recentTo)) {
            return new Label("trong tháng " + Readable.shortMonth(recentTo, vi), "in " + Readable.shortMonth(recentTo, Locale.ENGLISH));
        }
        return new Label("từ tháng " + Readable.shortMonth(recentFrom, vi) + " đến tháng " + Readable.shortMonth(recentTo, vi),
                "from " + Readable.shortMonth(recentFrom, Locale.ENGLISH) + " to " + Readable.shortMonth(recentTo, Locale.ENGLISH));
    }
}
