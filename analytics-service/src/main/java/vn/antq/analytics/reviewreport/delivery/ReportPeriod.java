package vn.antq.analytics.reviewreport.delivery;

import java.time.YearMonth;
import java.util.Locale;

import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.reviewreport.ReportFormat;

/**
 * The months one delivered report covers.
 *
 * @param key  {@code 2026-11} for a month, {@code 2026-Q3} for a quarter: part of a delivery's natural key
 * @param from first month
 * @param to   last month, inclusive
 */
public record ReportPeriod(String key, YearMonth from, YearMonth to) {

    public MonthRange range() {
        return new MonthRange(from, to);
    }

    /** "tháng 11 năm 2026", "quý 3 năm 2026 (tháng 07 năm 2026 – tháng 09 năm 2026)"; "November 2026", "Q3 2026 (...)". */
    public String text(Locale locale) {
        if (from.equals(to)) {
            return ReportFormat.month(from, locale);
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        int quarter = (from.getMonthValue() - 1) / 3 + 1;
        String name = english ? "Q" + quarter + " " + from.getYear() : "quý " + quarter + " năm " + from.getYear();
        return name + " (" + ReportFormat.month(from, locale) + " – " + ReportFormat.month(to, locale) + ")";
    }
}
