package vn.antq.contracts.model;

import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireCount;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * A model's activity report for one period (báo cáo định kỳ), the body of model.reported. A
 * correction re-sends the whole report with the next version; {@code id} identifies the report
 * and the Kafka key is the model id, so a model's reports stay in order with its changes.
 *
 * @param period             "YYYY-MM" or "YYYY-Qn"; periodStart and periodEnd must be its first and last day
 * @param mediations         disputes mediated (hòa giải)
 * @param tipsReported       crimes reported to the police (tố giác tội phạm)
 * @param offendersSupported people who offended helped back into the community (giúp đỡ người lầm lỗi)
 * @param notes              free text; may be null
 */
public record ModelReportEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String modelId,
        String modelType,
        String agency,
        Locality locality,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        long meetings,
        long mediations,
        long tipsReported,
        long offendersSupported,
        long incidents,
        long membersAtPeriodEnd,
        String notes) implements EventBody {

    public ModelReportEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireText(modelId, "modelId");
        requireText(modelType, "modelType");
        requireAgencyCode(agency, "agency");
        require(locality, "locality");
        ReportPeriod reportPeriod = new ReportPeriod(period);
        if (!reportPeriod.start().equals(periodStart) || !reportPeriod.end().equals(periodEnd)) {
            throw new IllegalArgumentException("period " + period + " runs from " + reportPeriod.start()
                    + " to " + reportPeriod.end() + ", not from " + periodStart + " to " + periodEnd);
        }
        requireCount(meetings, "meetings");
        requireCount(mediations, "mediations");
        requireCount(tipsReported, "tipsReported");
        requireCount(offendersSupported, "offendersSupported");
        requireCount(incidents, "incidents");
        requireCount(membersAtPeriodEnd, "membersAtPeriodEnd");
    }

    /** The conventional report id: one report per model and period. */
    public static String reportId(String modelId, String period) {
        return modelId + ":" + period;
    }

    @Override
    public String kafkaKey() {
        return modelId;
    }
}
