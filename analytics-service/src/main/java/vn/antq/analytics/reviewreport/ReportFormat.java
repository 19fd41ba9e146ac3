package vn.antq.analytics.reviewreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import vn.antq.analytics.query.Readable;

/**
 * Numbers and dates as a reader of the report's language writes them, the same in every format (see {@link Readable}):
 * 1.234 and "ngày 04 tháng 12 năm 2026" in Vietnamese, 1,234 and "4 December 2026" in English.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    static boolean english(Locale locale) {
        return Readable.english(locale);
    }

    public static String number(long value, Locale locale) {
        return Readable.number(value, locale);
    }

    public static String figure(double value, Locale locale) {
        return Readable.figure(value, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return Readable.date(date, locale);
    }

    public static String dateTime(String isoOffsetDateTime, Locale locale) {
        return Readable.dateTime(isoOffsetDateTime, locale);
    }

    public static String month(YearMonth month, Locale locale) {
        return Readable.month(month, locale);
    }
}
