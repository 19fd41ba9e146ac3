package vn.antq.contracts.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period (kỳ báo cáo): a month "2024-05" or a quarter "2024-Q2". */
public record ReportPeriod(String code) {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))");

    public ReportPeriod {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("period must look like 2024-05 or 2024-Q2 but was '" + code + "'");
        }
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return firstMonth().plusMonths(isQuarter() ? 2 : 0).atEndOfMonth();
    }

    private boolean isQuarter() {
        return code.charAt(5) == 'Q';
    }

    private YearMonth firstMonth() {
        Matcher matcher = FORMAT.matcher(code);
        matcher.matches();
        int year = Integer.parseInt(matcher.group(1));
        int month = isQuarter() ? (Integer.parseInt(matcher.group(3)) - 1) * 3 + 1 : Integer.parseInt(matcher.group(2));
        return YearMonth.of(year, month);
    }

    @Override
    public String toString() {
        return code;
    }
}
