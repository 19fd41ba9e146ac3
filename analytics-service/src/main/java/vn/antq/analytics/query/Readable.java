package vn.antq.analytics.query;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as a reader of the language writes them, the same in every answer a person reads (the report in
 * every format, the shortcomings' explanations): 1.234 and "ngày 04 tháng 12 năm 2026" in Vietnamese, 1,234 and
 * "4 December 2026" in English.
 */
public final class Readable {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Readable() {
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A whole number with the language's grouping: 340.512 or 340,512. */
    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(english(locale) ? Locale.ENGLISH : VI).format(value);
    }

    /** A figure that may have a fraction: whole from 10 on, one decimal below it (178,8 is 179; 0,4 stays 0,4). */
    public static String figure(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(english(locale) ? Locale.ENGLISH : VI);
        format.setMaximumFractionDigits(Math.abs(value) >= 10 || value == Math.rint(value) ? 0 : 1);
        return format.format(value);
    }

    /** "ngày 04 tháng 12 năm 2026" / "4 December 2026". */
    public static String date(LocalDate date, Locale locale) {
        if (english(locale)) {
            return EN_DATE.format(date);
        }
        return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The date and time of an answer's {@code asOf}: "ngày 04 tháng 12 năm 2026, 23:49" / "4 December 2026, 23:49". */
    public static String dateTime(String isoOffsetDateTime, Locale locale) {
        OffsetDateTime at = OffsetDateTime.parse(isoOffsetDateTime);
        return date(at.toLocalDate(), locale) + String.format(", %02d:%02d", at.getHour(), at.getMinute());
    }

    /** "05/2024" / "May 2024": a month inside a sentence. */
    public static String shortMonth(YearMonth month, Locale locale) {
        if (english(locale)) {
            return EN_MONTH.format(month);
        }
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** "04/12/2026" / "4 December 2026": a day inside a sentence. */
    public static String shortDate(LocalDate date, Locale locale) {
        if (english(locale)) {
            return EN_DATE.format(date);
        }
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /**
     * A reporting period (a month "2024-05" or a quarter "2024-Q2") as a reader names it: "tháng 05/2024", "quý II/2024";
     * "May 2024", "Q2 2024". Anything else is returned as it is.
     */
    public static String period(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        java.util.regex.Matcher quarter = java.util.regex.Pattern.compile("([0-9]{4})-Q([1-4])").matcher(code);
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            return english(locale) ? "Q" + q + " " + quarter.group(1)
                    : "quý " + new String[] {"I", "II", "III", "IV"}[q - 1] + "/" + quarter.group(1);
        }
        try {
            YearMonth month = YearMonth.parse(code);
            return english(locale) ? shortMonth(month, locale) : "tháng " + shortMonth(month, locale);
        } catch (java.time.format.DateTimeParseException notAMonth) {
            return code;
        }
    }

    /** "tháng 05 năm 2024" / "May 2024". */
    public static String month(YearMonth month, Locale locale) {
        if (english(locale)) {
            return EN_MONTH.format(month);
        }
        return String.format("tháng %02d năm %d", month.getMonthValue(), month.getYear());
    }
}
