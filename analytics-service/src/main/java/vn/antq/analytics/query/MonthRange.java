package vn.antq.analytics.query;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;

import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * The {@code from} and {@code to} of a question, inclusive, at the projections' grain of a month. Each may be a
 * year ({@code 2024}), a quarter ({@code 2024-Q2}), a month ({@code 2024-05}) or a date ({@code 2024-05-15}, which
 * stands for its month). {@code from} starts at its first month, {@code to} ends at its last; either may be absent.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");

    public static MonthRange parse(String from, String to) {
        YearMonth first = from == null || from.isBlank() ? null : bound("from", from.trim(), true);
        YearMonth last = to == null || to.isBlank() ? null : bound("to", to.trim(), false);
        if (first != null && last != null && first.isAfter(last)) {
            throw ApiException.badRequest(FieldProblem.of("to",
                    "Khoảng thời gian không hợp lệ: 'to' (" + to + ") trước 'from' (" + from + ")",
                    "Invalid period: 'to' (" + to + ") is before 'from' (" + from + ")"));
        }
        return new MonthRange(first, last);
    }

    /** Adds {@code month} bounds (strings "2024-05" compare in time order) to a {@code $match}. */
    public Document addTo(Document match) {
        Document range = new Document();
        if (from != null) {
            range.append("$gte", from.toString());
        }
        if (to != null) {
            range.append("$lte", to.toString());
        }
        if (!range.isEmpty()) {
            match.append("month", range);
        }
        return match;
    }

    /** Adds {@code year} bounds (whole years containing the months) to a {@code $match}. */
    public Document addYearsTo(Document match) {
        Document range = new Document();
        if (from != null) {
            range.append("$gte", from.getYear());
        }
        if (to != null) {
            range.append("$lte", to.getYear());
        }
        if (!range.isEmpty()) {
            match.append("year", range);
        }
        return match;
    }

    private static YearMonth bound(String field, String text, boolean start) {
        try {
            if (text.length() == 4) {
                Year year = Year.parse(text);
                return year.atMonth(start ? 1 : 12);
            }
            Matcher quarter = QUARTER.matcher(text);
            if (quarter.matches()) {
                int firstMonth = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
                return YearMonth.of(Integer.parseInt(quarter.group(1)), start ? firstMonth : firstMonth + 2);
            }
            if (text.length() == 7) {
                return YearMonth.parse(text);
            }
            return YearMonth.from(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(FieldProblem.of(field,
                    "Thời gian không hợp lệ: '" + text + "' (dạng 2024, 2024-Q2, 2024-05 hoặc 2024-05-15)",
                    "Invalid period: '" + text + "' (use 2024, 2024-Q2, 2024-05 or 2024-05-15)"));
        }
    }
}
