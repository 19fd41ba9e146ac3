package vn.antq.gazetteer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A nationwide set of administrative units (danh mục đơn vị hành chính) and the period it was in force.
 * Codes are only meaningful together with their structure: the 2025 reform reused many of the old codes
 * for different units.
 */
public enum Structure {

    /** Three tiers: tỉnh, huyện, xã. In force until the reform. */
    Y2019("2019-2024", true, null, LocalDate.of(2025, 6, 30)),

    /** Two tiers: tỉnh, xã (Decision 19/2025/QĐ-TTg). In force from 2025-07-01. */
    Y2025("2025", false, LocalDate.of(2025, 7, 1), null);

    private final String label;
    private final boolean hasDistricts;
    private final LocalDate validFrom;
    private final LocalDate validTo;

    Structure(String label, boolean hasDistricts, LocalDate validFrom, LocalDate validTo) {
        this.label = label;
        this.hasDistricts = hasDistricts;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** The structure in force on the given day. */
    public static Structure inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Y2019.isInForceOn(date) ? Y2019 : Y2025;
    }

    public boolean isInForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** "2019-2024" or "2025", as used in messages. */
    public String label() {
        return label;
    }

    /** Whether there is a district tier (huyện) between province and commune. */
    public boolean hasDistricts() {
        return hasDistricts;
    }

    /** First day in force; null when open-ended. */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** Last day in force; null when still in force. */
    public LocalDate validTo() {
        return validTo;
    }
}
