package vn.antq.models.report;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.common.Locality;

/** A model's report as the API shows it. */
public record ReportView(
        String id,
        long version,
        String modelId,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        String modelType,
        String agency,
        Locality locality,
        long meetings,
        long mediations,
        long tipsReported,
        long offendersSupported,
        long incidents,
        long membersAtPeriodEnd,
        String notes,
        String reportedBy,
        Instant reportedAt,
        Instant updatedAt) {

    static ReportView of(ModelReport report) {
        ReportFigures f = report.figures();
        return new ReportView(report.id(), report.version(), report.modelId(), report.period().code(),
                report.period().start(), report.period().end(), report.modelType(), report.agency(),
                report.locality(), f.meetings(), f.mediations(), f.tipsReported(), f.offendersSupported(),
                f.incidents(), f.membersAtPeriodEnd(), f.notes(), report.reportedBy(), report.reportedAt(),
                report.updatedAt());
    }
}
