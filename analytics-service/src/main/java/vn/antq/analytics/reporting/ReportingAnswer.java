package vn.antq.analytics.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /reporting}: whether the units expected to report did, per agency, unit and period, with the rates per
 * agency and period and per agency, and the units that have not reported. Codes come with their words in the
 * caller's language ({@code agencyName}, {@code levelName}, {@code stateName}, the units' official names).
 */
public record ReportingAnswer(String dataSet, String dataSetName, String from, String to, String locality,
        String localityName,
        @Schema(description = "a report is on time when first submitted by this day of the month after its period")
        int onTimeDay,
        @Schema(description = "per agency, over every period asked") List<Rates> totals,
        @Schema(description = "per agency and period") List<Rates> byPeriod,
        @Schema(description = "per agency, expected unit and period") List<UnitRow> rows,
        @Schema(description = "the expected units whose report is not submitted nor approved, in words")
        List<NotReported> notReported,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    /**
     * Counts of expected reports and the rates.
     *
     * @param period        null in the totals of an agency
     * @param submitted     reports that stand submitted or approved
     * @param onTime        of those, first submitted by the on-time day
     * @param reportingRate submitted / expected; null when nothing is expected
     * @param onTimeRate    onTime / expected; null when nothing is expected
     */
    @Schema(name = "ReportingRates")
    public record Rates(String agency, String agencyName,
            @Schema(allowableValues = {"MONTHLY", "QUARTERLY"}) String cadence, String period, long expected,
            long submitted, long approved, long returned, long onTime, Double reportingRate, Double onTimeRate) {

        /** The counts of both (one agency's in two localities), with their rates. */
        public Rates plus(Rates other) {
            long allExpected = expected + other.expected;
            long allSubmitted = submitted + other.submitted;
            long allOnTime = onTime + other.onTime;
            return new Rates(agency, agencyName, cadence, period, allExpected, allSubmitted, approved + other.approved,
                    returned + other.returned, allOnTime, rate(allSubmitted, allExpected), rate(allOnTime, allExpected));
        }
    }

    /** {@code count / expected} to four decimals; null when nothing is expected. */
    static Double rate(long count, long expected) {
        return expected == 0 ? null : Math.round(count * 10000.0 / expected) / 10000.0;
    }

    /**
     * One unit's report of one period.
     *
     * @param state             null when the unit has sent nothing for the period
     * @param firstSubmittedOn  Vietnam date of its first submission; null when never submitted
     * @param daysAfterPeriodEnd days from the period's last day to its first submission
     */
    @Schema(name = "ReportingUnitRow")
    public record UnitRow(String agency, String agencyName, String period, String unit, String unitName, String level,
            String levelName, String province, String provinceName, String district, String districtName,
            String commune, String communeName,
            @Schema(allowableValues = {"SUBMITTED", "APPROVED", "RETURNED", "OPEN"}) String state, String stateName,
            long expected, long submitted, long approved, long returned, long onTime, long records,
            String firstSubmittedOn, Long daysAfterPeriodEnd) {
    }

    /** An expected unit without a submitted or approved report: {@code unitName} with its parents. */
    @Schema(name = "ReportingNotReported")
    public record NotReported(String agency, String agencyName, String period, String unit, String unitName,
            String level, String levelName,
            @Schema(description = "null when nothing was sent; RETURNED or OPEN (unlocked) otherwise") String state,
            String stateName) {
    }
}
