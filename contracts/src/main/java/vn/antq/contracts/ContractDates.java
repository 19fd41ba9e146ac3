package vn.antq.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one business range of every date in the contract: not before {@link #EARLIEST} (2000-01-01), not after
 * {@link #LATEST} (2099-12-31). The JSON Schemas hold the same range (a date's and an instant's pattern, a
 * report period's year), so a date a service accepts is a date every consumer accepts. Instants travel in UTC
 * with {@code Z}. The records do not enforce it: the services refuse such dates field by field with a 400,
 * and a consumer's schema check dead-letters an event that carries one.
 */
public final class ContractDates {

    /** The first date the platform accepts. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The last date the platform accepts. */
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /** A date as the schemas accept it: {@code yyyy-MM-dd} with a year from 2000 to 2099 (the calendar is checked by {@code format}). */
    public static final String DATE_PATTERN = "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    /** An instant as the schemas accept it: UTC with {@code Z}, seconds, up to nine fraction digits, a year from 2000 to 2099. */
    public static final String INSTANT_PATTERN =
            "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z$";

    private static final Pattern DATE = Pattern.compile(DATE_PATTERN);
    private static final Pattern INSTANT = Pattern.compile(INSTANT_PATTERN);

    private ContractDates() {
    }

    /** Whether {@code date} is within the range; false for null. */
    public static boolean inRange(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether {@code instant}'s UTC date is within the range; false for null. */
    public static boolean inRange(Instant instant) {
        return instant != null && inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Whether {@code month} lies within the range; false for null. */
    public static boolean inRange(YearMonth month) {
        return month != null && inRange(month.atDay(1)) && inRange(month.atEndOfMonth());
    }

    /** Whether {@code text} is a date the schemas accept: the pattern, a real calendar day, and the range. */
    public static boolean isContractDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return false;
        }
        try {
            return inRange(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code text} is an instant the schemas accept: UTC with {@code Z}, a real time, and the range. */
    public static boolean isContractInstant(String text) {
        if (text == null || !INSTANT.matcher(text).matches()) {
            return false;
        }
        try {
            return inRange(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
