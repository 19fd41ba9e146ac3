package vn.antq.contracts.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks that the event records run in their constructors. Every failure is an
 * {@link IllegalArgumentException} that names the field, so a producer sees what it got wrong.
 */
public final class Invariants {

    /** Agency codes are upper-case words joined by underscores: POLICE, WOMEN_UNION. */
    public static final Pattern AGENCY_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Invariants() {
    }

    /** The fields every event body has: id, version, actor and occurredAt. */
    public static void requireEventFields(String id, long version, String actor, Instant occurredAt) {
        requireText(id, "id");
        requireVersion(version);
        requireText(actor, "actor");
        require(occurredAt, "occurredAt");
    }

    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static String requireText(String value, String field) {
        if (require(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static String requireAgencyCode(String value, String field) {
        if (!AGENCY_CODE.matcher(requireText(value, field)).matches()) {
            throw new IllegalArgumentException(field + " must be an agency code like WOMEN_UNION but was '" + value + "'");
        }
        return value;
    }

    private static void requireVersion(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1 but was " + version);
        }
    }

    public static void requireCount(long count, String field) {
        if (count < 0) {
            throw new IllegalArgumentException(field + " must be >= 0 but was " + count);
        }
    }

    public static void requireAtMost(long part, String partField, long whole, String wholeField) {
        if (part > whole) {
            throw new IllegalArgumentException(
                    partField + " (" + part + ") must not exceed " + wholeField + " (" + whole + ")");
        }
    }

    public static void requireOrdered(LocalDate from, String fromField, LocalDate to, String toField) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(toField + " (" + to + ") must not be before " + fromField + " (" + from + ")");
        }
    }

    /** An immutable copy; null becomes empty. Entries must be non-blank and distinct. */
    public static List<String> distinctTexts(List<String> values, String field) {
        List<String> copy = copyOf(values, field);
        copy.forEach(value -> requireText(value, field + "[]"));
        requireDistinct(copy, field);
        return copy;
    }

    /** Like {@link #distinctTexts} for a list of agency codes. */
    public static List<String> distinctAgencyCodes(List<String> values, String field) {
        List<String> copy = copyOf(values, field);
        copy.forEach(value -> requireAgencyCode(value, field + "[]"));
        requireDistinct(copy, field);
        return copy;
    }

    /** Co-organising or partner agencies: distinct agency codes, not including the lead {@code agency} itself. */
    public static List<String> distinctPartners(List<String> partners, String agency) {
        List<String> copy = distinctAgencyCodes(partners, "partnerAgencies");
        if (copy.contains(agency)) {
            throw new IllegalArgumentException("partnerAgencies must not include the lead agency " + agency);
        }
        return copy;
    }

    private static List<String> copyOf(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must not contain null");
        }
        return List.copyOf(values);
    }

    private static void requireDistinct(List<String> copy, String field) {
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(field + " must not repeat an entry: " + copy);
        }
    }
}
