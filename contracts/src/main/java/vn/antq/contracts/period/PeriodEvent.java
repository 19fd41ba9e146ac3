package vn.antq.contracts.period;

import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireCount;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ReportPeriod;

/**
 * One step of a unit's report for one period (kỳ báo cáo), the body of period.changed: submitted by a recorder of the
 * unit, approved or returned by an approver of the level above, unlocked by an approver above. The full state after
 * the step; {@code id} is {@code dataSet:agency:unit:period} and is the Kafka key.
 *
 * @param level            PROVINCE, DISTRICT or COMMUNE: the level of the unit that reports
 * @param locality         the unit's codes, in the administrative structure valid in the period
 * @param period           "YYYY-MM" or "YYYY-Qn"; periodStart and periodEnd must be its first and last day
 * @param reason           why it was returned or unlocked; null for the other steps
 * @param submittedBy      who submitted it last
 * @param submittedAt      when it was submitted last
 * @param firstSubmittedAt when it was first submitted: what the on-time rate judges
 * @param decidedBy        who approved, returned or unlocked it last; null before the first decision
 * @param decidedAt        when; null before the first decision
 * @param records          the records of the period when it was last submitted (activities, or models' reports)
 */
public record PeriodEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        DataSet dataSet,
        String agency,
        Level level,
        Locality locality,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        PeriodState state,
        PeriodStep step,
        String reason,
        String submittedBy,
        Instant submittedAt,
        Instant firstSubmittedAt,
        String decidedBy,
        Instant decidedAt,
        long records) implements EventBody {

    public PeriodEvent {
        requireEventFields(id, version, actor, occurredAt);
        require(dataSet, "dataSet");
        requireAgencyCode(agency, "agency");
        require(level, "level");
        require(locality, "locality");
        if (level == Level.BRANCH) {
            throw new IllegalArgumentException("level: a period is reported by a province, district or commune, not a branch");
        }
        boolean shapeMatches = switch (level) {
            case COMMUNE -> locality.commune() != null;
            case DISTRICT -> locality.district() != null && locality.commune() == null;
            default -> locality.district() == null && locality.commune() == null;
        };
        if (!shapeMatches) {
            throw new IllegalArgumentException("locality " + locality + " is not a unit of level " + level);
        }
        ReportPeriod reportPeriod = new ReportPeriod(period);
        if (!reportPeriod.start().equals(periodStart) || !reportPeriod.end().equals(periodEnd)) {
            throw new IllegalArgumentException("period " + period + " runs from " + reportPeriod.start()
                    + " to " + reportPeriod.end() + ", not from " + periodStart + " to " + periodEnd);
        }
        require(state, "state");
        require(step, "step");
        if (step.state() != state) {
            throw new IllegalArgumentException("step " + step + " leaves the period " + step.state() + ", not " + state);
        }
        if ((step == PeriodStep.RETURNED || step == PeriodStep.UNLOCKED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given when a period is returned or unlocked, and only then");
        }
        if (reason != null) {
            requireText(reason, "reason");
        }
        requireText(submittedBy, "submittedBy");
        require(submittedAt, "submittedAt");
        require(firstSubmittedAt, "firstSubmittedAt");
        if (step != PeriodStep.SUBMITTED) {
            requireText(decidedBy, "decidedBy");
            require(decidedAt, "decidedAt");
        }
        requireCount(records, "records");
        String expectedId = idOf(dataSet, agency, locality.mostSpecificCode(), period);
        if (!expectedId.equals(id)) {
            throw new IllegalArgumentException("id must be " + expectedId + " but was " + id);
        }
    }

    /** The id of a unit's report: {@code ACTIVITIES:WOMEN_UNION:23284:2024-05}. */
    public static String idOf(DataSet dataSet, String agency, String unitCode, String period) {
        return dataSet.name() + ":" + agency + ":" + unitCode + ":" + period;
    }
}
