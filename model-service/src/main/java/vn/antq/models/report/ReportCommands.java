package vn.antq.models.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;

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
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.ProblemAnswers;
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
 * version. Each write is one document with its event; the relay is nudged after it.
 */
@Component
public class ReportCommands {

    private final ReportStore store;
    private final ModelCommands models;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;

    public ReportCommands(ReportStore store, ModelCommands models, OutboxRelay relay, OutboxProperties outbox,
                          Clock clock) {
        this.store = store;
        this.models = models;
        this.relay = relay;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /**
     * The report after a POST: whether the POST created it (else corrected it), and whether an earlier
     * try of the same request did so.
     */
    public record Filed(ModelReport report, boolean created, boolean replayed) {
    }

    public Filed file(AntqUser user, String modelId, String ifMatch, ReportForm form, String idempotencyKey) {
        Model model = models.readForChange(user, modelId).aggregate();
        ReportValidation.Valid valid = ReportValidation.check(form, model.details().establishedOn(),
                VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
        Locality locality = models.localityForReport(model, valid.period());
        IdempotentRequest request = idempotencyKey == null ? null
                : new IdempotentRequest(IdempotencyKeys.aggregateId(user, idempotencyKey), IdempotencyKeys.fingerprint(form));
        String reportId = ModelReportEvent.reportId(model.id(), valid.period().code());
        return ifMatch == null
                ? fileNew(user, model, locality, valid, request, reportId)
                : correct(user, model, locality, valid, request, reportId, ifMatch);
    }

    private Filed fileNew(AntqUser user, Model model, Locality locality, ReportValidation.Valid valid,
                          IdempotentRequest request, String reportId) {
        ModelReport.Change change = ModelCommands.apply(() ->
                ModelReport.file(model, valid.period(), locality, valid.figures(), user.subject(), clock.instant()));
        if (store.insert(change.report(), event(change), request)) {
            relay.wakeUp();
            return new Filed(change.report(), true, false);
        }
        ReportStore.Stored existing = store.find(reportId).orElseThrow();
        Filed replay = replayOf(existing, request);
        if (replay != null) {
            return replay;
        }
        HttpHeaders etag = new HttpHeaders();
        etag.setETag(Etags.of(existing.report().version()));
        throw new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                Text.code("report.exists", valid.period().code(), existing.report().version()), List.of(),
                Map.of("reportId", reportId, "currentVersion", existing.report().version()), etag);
    }

    private Filed correct(AntqUser user, Model model, Locality locality, ReportValidation.Valid valid,
                          IdempotentRequest request, String reportId, String ifMatch) {
        ReportStore.Stored existing = store.find(reportId).orElseThrow(() -> new ApiException(
                HttpStatus.PRECONDITION_FAILED, ProblemType.PRECONDITION_FAILED,
                Text.code("report.nothing-to-correct", valid.period().code()), List.of(),
                Map.of("reportId", reportId), HttpHeaders.EMPTY));
        Filed replay = replayOf(existing, request);
        if (replay != null) {
            return replay;
        }
        ModelReport current = existing.report();
        Etags.requireIfMatch(ifMatch, current.version());
        ModelReport.Change change = ModelCommands.apply(() ->
                current.correct(model, locality, valid.figures(), user.subject(), clock.instant()));
        if (!store.update(change.report(), current.version(), event(change), request)) {
            long latest = store.find(reportId).map(s -> s.report().version()).orElse(current.version());
            throw ApiException.preconditionFailed(latest);
        }
        relay.wakeUp();
        return new Filed(change.report(), false, false);
    }

    /** The earlier answer when this is a retry of the request that last wrote the report; 422 if its key was reused. */
    private static Filed replayOf(ReportStore.Stored existing, IdempotentRequest request) {
        IdempotentRequest last = existing.lastRequest();
        if (last == null) {
            return null;
        }
        if (last.keyReusedBy(request)) {
            throw IdempotencyKeys.keyReusedForAnotherRequest();
        }
        return last.isRepeatedBy(request)
                ? new Filed(existing.report(), existing.report().version() == 1, true)
                : null;
    }

    /** A report of a model the user may read. */
    public ModelReport read(AntqUser user, String modelId, String period) {
        models.read(user, modelId);
        ApiException notFound = ApiException.notFound("report", modelId + " " + period);
        if (!isPeriod(period)) {
            throw notFound;
        }
        return store.find(ModelReportEvent.reportId(modelId, period)).map(ReportStore.Stored::report)
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

    private PendingEvent event(ModelReport.Change change) {
        return PendingEvent.of(EventContract.MODEL_REPORTED, change.event(), source);
    }
}
