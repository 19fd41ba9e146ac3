package vn.antq.models.report;

import java.time.Instant;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.models.model.Model;

/**
 * Báo cáo định kỳ: what a model did in one period (a month or a quarter). One report per model and
 * period, its own aggregate with its own version: a correction replaces the figures and bumps it.
 * It keeps the model's type, agency and locality as they were when it was last written, so that a
 * consumer can count it without looking the model up.
 */
public record ModelReport(String id, long version, String modelId, ReportPeriod period, String modelType,
                          String agency, Locality locality, ReportFigures figures, String reportedBy,
                          Instant reportedAt, Instant updatedAt) {

    /** A new state and the event announcing it (always {@code model.reported}). */
    public record Change(ModelReport report, ModelReportEvent event) {
    }

    /**
     * The first report of {@code model} for {@code period}, in {@code locality}: where the model was during the period
     * (see {@code ModelCommands.localityForReport}); a dissolved model reports no more.
     */
    public static Change file(Model model, ReportPeriod period, Locality locality, ReportFigures figures, String actor,
                              Instant now) {
        model.requireNotDissolved();
        ModelReport filed = new ModelReport(ModelReportEvent.reportId(model.id(), period.code()), 1, model.id(),
                period, model.details().type(), model.details().agency(), locality, figures, actor, now, now);
        return filed.changed(actor, now);
    }

    /** Replaces the figures with corrected ones, taking the model's current type and agency, and its locality then. */
    public Change correct(Model model, Locality locality, ReportFigures corrected, String actor, Instant now) {
        if (!model.id().equals(modelId)) {
            throw new IllegalArgumentException("report " + id + " is not a report of model " + model.id());
        }
        model.requireNotDissolved();
        ModelReport next = new ModelReport(id, version + 1, modelId, period, model.details().type(),
                model.details().agency(), locality, corrected, reportedBy, reportedAt, now);
        return next.changed(actor, now);
    }

    private Change changed(String actor, Instant now) {
        return new Change(this, toEvent(actor, now));
    }

    ModelReportEvent toEvent(String actor, Instant occurredAt) {
        ReportFigures f = figures;
        return new ModelReportEvent(id, version, actor, occurredAt, modelId, modelType, agency, locality,
                period.code(), period.start(), period.end(), f.meetings(), f.mediations(), f.tipsReported(),
                f.offendersSupported(), f.incidents(), f.membersAtPeriodEnd(), f.notes());
    }
}
