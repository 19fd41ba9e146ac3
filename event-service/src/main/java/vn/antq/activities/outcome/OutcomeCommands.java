package vn.antq.activities.outcome;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.outcome.OutcomeEvent;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Etags;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;

/**
 * What the police do with a commune's outcome figures: record a month once, revise it with If-Match, read them. Only
 * a RECORDER of the police, inside the token's locality, writes; the police and OPS/ADMIN read a commune's figures
 * (other agencies see them only summed by district or province, in analytics). The kit's {@link Recorder} writes each
 * change with its event, judging a retry by the last request that wrote the record.
 */
@Component
public class OutcomeCommands {

    private final OutcomeStore store;
    private final Recorder<Outcome> recorder;
    private final OutcomeValidation validation;
    private final Gazetteer gazetteer;
    private final String source;
    private final Clock clock;

    public OutcomeCommands(OutcomeStore store, Gazetteer gazetteer, OutboxRelay relay, OutboxProperties outbox,
                           Clock clock) {
        this.store = store;
        this.recorder = store.recorder(relay);
        this.validation = new OutcomeValidation(gazetteer);
        this.gazetteer = gazetteer;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The record after a write, and whether an earlier try of the same request made it. */
    public record Written(Outcome outcome, boolean replayed) {
    }

    /** The first record of a commune and month; 409 naming its version (its ETag too) if the month has one. */
    public Written record(AntqUser user, OutcomeForm form, String idempotencyKey) {
        OutcomeValidation.Valid valid = validOrThrow(form);
        AccessRules.requireRecorderFor(user, Outcome.AGENCY, valid.place());
        IdempotentRequest request = IdempotentRequest.keyed(user, idempotencyKey, form);
        Recorder.Change<Outcome> change = change(Outcome.record(valid.locality(), valid.month(), valid.figures(),
                user.subject(), clock.instant()));
        Recorder.Created<Outcome> created = recorder.create(change, request, OutcomeCommands::exists);
        return new Written(created.aggregate(), created.replayed());
    }

    /** The figures of a recorded commune and month replaced at the version If-Match names. */
    public Written revise(AntqUser user, String commune, String month, String ifMatch, OutcomeForm form,
                          String idempotencyKey) {
        Recorder.Stored<Outcome> stored = recorder.find(idOf(commune, month))
                .orElseThrow(() -> ApiException.notFound("outcome", commune + " " + month));
        AccessRules.requireRecorderFor(user, Outcome.AGENCY, place(stored.aggregate()));
        OutcomeValidation.Valid valid = validOrThrow(form);
        if (!valid.locality().commune().equals(commune) || !valid.month().toString().equals(month)) {
            throw ApiException.badRequest(
                    FieldProblem.of("locality.commune", "Xã và tháng trong nội dung phải là xã " + commune + ", tháng "
                            + month + " của địa chỉ", "The commune and month of the body must be the address's, "
                            + commune + " and " + month),
                    FieldProblem.of("month", "Tháng trong nội dung phải là " + month, "The month of the body must be "
                            + month));
        }
        IdempotentRequest request = IdempotentRequest.keyed(user, idempotencyKey, form);
        Recorder.Written<Outcome> written = recorder.update(stored, ifMatch, request, current ->
                change(current.revise(valid.figures(), user.subject(), clock.instant())));
        return new Written(written.aggregate(), written.replayed());
    }

    /** A commune's figures of a month: the police and OPS/ADMIN, inside the token's locality. */
    public Outcome read(AntqUser user, String commune, String month) {
        AccessRules.requireReaderOf(user, Outcome.AGENCY);
        Outcome outcome = recorder.find(idOf(commune, month)).map(Recorder.Stored::aggregate)
                .orElseThrow(() -> ApiException.notFound("outcome", commune + " " + month));
        AccessRules.requireReaderInside(user, place(outcome));
        return outcome;
    }

    public List<Outcome> list(String locality, YearMonth from, YearMonth to, int page, int size) {
        return store.list(locality, from, to, page, size);
    }

    public long count(String locality, YearMonth from, YearMonth to) {
        return store.count(locality, from, to);
    }

    /** The record's id, or 404 for an address that cannot name one (a month not YYYY-MM). */
    private static String idOf(String commune, String month) {
        try {
            YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ApiException.notFound("outcome", commune + " " + month);
        }
        return OutcomeEvent.idOf(commune, month);
    }

    AdminPath place(Outcome outcome) {
        return gazetteer.resolve(outcome.locality().commune(), outcome.month().atDay(1))
                instanceof Resolution.Resolved resolved ? resolved.path() : null;
    }

    private OutcomeValidation.Valid validOrThrow(OutcomeForm form) {
        return validation.check(form, VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
    }

    private static ApiException exists(Outcome existing) {
        HttpHeaders etag = new HttpHeaders();
        etag.setETag(Etags.of(existing.version()));
        return new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                Text.code("outcome.exists", existing.locality().commune(), existing.month().toString(),
                        existing.version()),
                List.of(), Map.of("outcomeId", existing.id(), "currentVersion", existing.version()), etag);
    }

    private Recorder.Change<Outcome> change(Outcome.Change change) {
        return new Recorder.Change<>(change.outcome(),
                PendingEvent.of(EventContract.OUTCOME_RECORDED, change.event(), source));
    }
}
