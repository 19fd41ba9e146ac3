package vn.antq.analytics.dimension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The period dimensions of a date as the cells store them: year 2024, quarter "2024-Q2", month "2024-05". */
public final class Periods {

    public static final String YEAR = "year";
    public static final String QUARTER = "quarter";
    public static final String MONTH = "month";

    private Periods() {
    }

    public static Map<String, Object> dimensions(LocalDate date) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put(YEAR, date.getYear());
        dimensions.put(QUARTER, quarter(date));
        dimensions.put(MONTH, month(YearMonth.from(date)));
        return dimensions;
    }

    public static String month(YearMonth month) {
        return month.toString();
    }

    public static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
