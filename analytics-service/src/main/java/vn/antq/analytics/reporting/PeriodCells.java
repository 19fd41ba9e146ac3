package vn.antq.analytics.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodState;
import vn.antq.kit.reference.VietnamTime;

/**
 * A unit's report of one period (kỳ báo cáo): one cell per data set, agency, unit and period, which only that report
 * contributes to. Its totals say where the report stands (one of {@code submitted}, {@code approved}, {@code returned},
 * {@code reopened} is 1), how many records it holds, and how many days after the period's last day it was first
 * submitted (Vietnam dates), so that the on-time rule is the answer's to apply and can change without a rebuild.
 * Each version replaces the report's last one.
 */
public final class PeriodCells {

    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";
    public static final String REOPENED = "reopened";
    public static final String RECORDS = "records";
    public static final String DAYS_TO_FIRST_SUBMISSION = "daysToFirstSubmission";
    public static final List<String> TOTALS =
            List.of(SUBMITTED, APPROVED, RETURNED, REOPENED, RECORDS, DAYS_TO_FIRST_SUBMISSION);

    private PeriodCells() {
    }

    /** {@code place}: the unit, in the structure in force at the period's end. */
    public static List<Contribution> of(PeriodEvent report, Place place) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("dataSet", report.dataSet().name());
        dimensions.put("agency", report.agency());
        dimensions.put("level", report.level().name());
        dimensions.put("period", report.period());
        dimensions.put("periodEnd", report.periodEnd().toString());
        dimensions.putAll(place.dimensions());
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(SUBMITTED, flag(report.state() == PeriodState.SUBMITTED));
        totals.put(APPROVED, flag(report.state() == PeriodState.APPROVED));
        totals.put(RETURNED, flag(report.state() == PeriodState.RETURNED));
        totals.put(REOPENED, flag(report.state() == PeriodState.OPEN));
        totals.put(RECORDS, report.records());
        LocalDate firstSubmittedOn = LocalDate.ofInstant(report.firstSubmittedAt(), VietnamTime.ZONE);
        totals.put(DAYS_TO_FIRST_SUBMISSION, ChronoUnit.DAYS.between(report.periodEnd(), firstSubmittedOn));
        return List.of(Contribution.of(new CellRef(ProjectionCollections.PERIODS,
                key(report.dataSet().name(), report.agency(), place.code(), report.period())), dimensions, totals));
    }

    /** The cell of a unit's report: {@code ACTIVITIES|WOMEN_UNION|23284|2024-05}. */
    public static String key(String dataSet, String agency, String unit, String period) {
        return String.join("|", dataSet, agency, unit, period);
    }

    private static long flag(boolean value) {
        return value ? 1 : 0;
    }
}
