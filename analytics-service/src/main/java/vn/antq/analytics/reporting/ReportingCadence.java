package vn.antq.analytics.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How often an agency's units report (kỳ báo cáo): each month, or each quarter. */
public enum ReportingCadence {

    MONTHLY,
    QUARTERLY;

    /** The periods ({@code 2024-05}, or {@code 2024-Q2}) whose last month lies from {@code from} to {@code to}. */
    public List<String> periodsEndingIn(YearMonth from, YearMonth to) {
        List<String> periods = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (this == MONTHLY) {
                periods.add(month.toString());
            } else if (month.getMonthValue() % 3 == 0) {
                periods.add(month.getYear() + "-Q" + month.getMonthValue() / 3);
            }
        }
        return periods;
    }
}
