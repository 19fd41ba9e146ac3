package vn.antq.activities.material;

import java.time.LocalDate;

/**
 * What a list of distributions is narrowed to; null means "any". {@code from} and {@code to} bound the day of receipt;
 * {@code localityCode} holds the receiving unit.
 */
public record DistributionFilter(String materialId, String agency, String localityCode, LocalDate from, LocalDate to) {
}
