package vn.antq.kit.recording;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one range every business date of the platform must fall in (an activity's dates, a model's founding, a
 * report's period, a review's dates, an award decision): from {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT}.
 * A date outside it is a typing error (year 0001, 1800, 20240), not a fact to record: the API and the spreadsheet
 * import refuse it field by field, and the contracts' schemas hold the same bounds. "Not in the future" rules of a
 * field, where they exist, apply on top of this range.
 */
public final class BusinessDates {

    public static final String EARLIEST_TEXT = "2000-01-01";
    public static final String LATEST_TEXT = "2099-12-31";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    private BusinessDates() {
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * What is wrong with a date outside the range, in Vietnamese and English, naming the field as people know it
     * ("Ngày bắt đầu" / "Start date"); empty when the date is missing or in range.
     */
    public static Optional<OutOfRange> check(LocalDate date, String nameVi, String nameEn) {
        if (date == null || inRange(date)) {
            return Optional.empty();
        }
        return Optional.of(new OutOfRange(
                nameVi + " " + date + " nằm ngoài khoảng cho phép (từ " + EARLIEST + " đến " + LATEST + ")",
                nameEn + " " + date + " is outside the accepted range (" + EARLIEST + " to " + LATEST + ")"));
    }

    /** The two sentences of an out-of-range date. */
    public record OutOfRange(String messageVi, String messageEn) {
    }
}
