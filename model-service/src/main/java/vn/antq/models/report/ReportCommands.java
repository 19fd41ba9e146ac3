package vn.antq.models.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.recording.period.PeriodKey;
import vn.antq.kit.recording.period.PeriodLocks;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Etags;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;
import vn.antq.models.model.Model;
import vn.antq.models.model.ModelCommands;

/**
 * What agencies do with a model's periodic reports: file one per period, correct it, read them. A
 * POST without If-Match files a new report; with If-Match it corrects the period's report at that
 * version. The kit's {@link Recorder} writes each with its event, judging a retry by the last POST
 * that wrote the report.
 */
@Component
public class ReportCommands {

    private final ReportStore store;
    private final ModelCommands models;
    private final Recorder<ModelReport> recorder;
    private final String source;
    private final Clock clock;
    private final PeriodLocks periods;

    public ReportCommands(ReportStore store, ModelCommands models, OutboxRelay relay, OutboxProperties outbox,
                          Clock clock, PeriodLocks periods) {
        this.store = store;
        this.periods = periods;
        this.models = models;
        this.recorder = store.recorder(relay);
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /**
     * The report after a POST: whether the POST created it (else corrected it), and whether an earlier
     * try of the same request did so.
     */
    public record Filed(ModelReport report, boolean created, boolean replayed) {

        /** An earlier try's answer: it created the report if the report is still at its first version. */
        static Filed replayOf(ModelReport report) {
            return new Filed(report, report.version() == 1, true);
        }
    }

    public Filed file(AntqUser user, String modelId, String ifMatch, ReportForm form, String idempotencyKey) {
        Model model = models.readForChange(user, modelId).aggregate();
        ReportValidation.Valid valid = ReportValidation.check(form, model.details().establishedOn(),
                VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
        Locality locality = models.localityForReport(model, valid.period());
        IdempotentRequest request = IdempotentRequest.keyed(user, idempotencyKey, form);
        return ifMatch == null
                ? fileNew(user, model, locality, valid, request)
                : correct(user, model, locality, valid, request, ifMatch);
    }

    /** The first report of the period; 409 naming the report's version (its ETag too) if the period has one. */
    private Filed fileNew(AntqUser user, Model model, Locality locality, ReportValidation.Valid valid,
                          IdempotentRequest request) {
        Recorder.Change<ModelReport> change = change(ModelCommands.apply(() ->
                ModelReport.file(model, valid.period(), locality, valid.figures(), user.subject(), clock.instant())));
        Supplier<Recorder.Created<ModelReport>> create = () -> recorder.create(change, request,
                existing -> reportExists(valid.period(), existing));
        // A report that exists already is not written again (a retry is answered, another request gets 409): only a
        // new one waits on its unit's period.
        Recorder.Created<ModelReport> created = recorder.find(change.aggregate().id()).isPresent() ? create.get()
                : guarded(model, locality, valid, create);
        return created.replayed() ? Filed.replayOf(created.aggregate()) : new Filed(created.aggregate(), true, false);
    }

    /** The period's report corrected at the version If-Match names; 412 if the period has no report yet. */
    private Filed correct(AntqUser user, Model model, Locality locality, ReportValidation.Valid valid,
                          IdempotentRequest request, String ifMatch) {
        String reportId = ModelReportEvent.reportId(model.id(), valid.period().code());
        Recorder.Stored<ModelReport> existing = recorder.find(reportId).orElseThrow(() -> new ApiException(
                HttpStatus.PRECONDITION_FAILED, ProblemType.PRECONDITION_FAILED,
                Text.code("report.nothing-to-correct", valid.period().code()), List.of(),
                Map.of("reportId", reportId), HttpHeaders.EMPTY));
        Supplier<Recorder.Written<ModelReport>> update = () -> recorder.update(existing, ifMatch, request, current ->
                change(ModelCommands.apply(() ->
                        current.correct(model, locality, valid.figures(), user.subject(), clock.instant()))));
        // A retry of the correction that wrote the report last is answered again, writing nothing.
        boolean retry = existing.lastRequest() != null && existing.lastRequest().isRepeatedBy(request);
        Recorder.Written<ModelReport> corrected = retry ? update.get() : guarded(model, locality, valid, update);
        return corrected.replayed() ? Filed.replayOf(corrected.aggregate())
                : new Filed(corrected.aggregate(), false, false);
    }

    /**
     * Runs a write of the report while its unit's period takes writes (see {@link PeriodLocks}): the period of the
     * model's agency, at the report's place, that holds the report's last day; 409 naming who locked it.
     */
    private <T> T guarded(Model model, Locality locality, ReportValidation.Valid valid, Supplier<T> write) {
        PeriodKey key = periods.keyOf(model.details().agency(), locality, valid.period().end());
        return periods.guard(List.of(key), write);
    }

    private static ApiException reportExists(ReportPeriod period, ModelReport existing) {
        HttpHeaders etag = new HttpHeaders();
        etag.setETag(Etags.of(existing.version()));
        return new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                Text.code("report.exists", period.code(), existing.version()), List.of(),
                Map.of("reportId", existing.id(), "currentVersion", existing.version()), etag);
    }

    /** A report of a model the user may read. */
    public ModelReport read(AntqUser user, String modelId, String period) {
        models.read(user, modelId);
        ApiException notFound = ApiException.notFound("report", modelId + " " + period);
        if (!isPeriod(period)) {
            throw notFound;
        }
        return recorder.find(ModelReportEvent.reportId(modelId, period)).map(Recorder.Stored::aggregate)
                .orElseThrow(() -> notFound);
    }

    /** A page of the reports of a model the user may read, oldest period first. */
    public List<ModelReport> list(AntqUser user, String modelId, int page, int size) {
        models.read(user, modelId);
        return store.ofModel(modelId, page, size);
    }

    public long count(String modelId) {
        return store.countOfModel(modelId);
    }

    private static boolean isPeriod(String period) {
        try {
            new ReportPeriod(period);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Recorder.Change<ModelReport> change(ModelReport.Change change) {
        return new Recorder.Change<>(change.report(), PendingEvent.of(EventContract.MODEL_REPORTED, change.event(), source));
    }
}
