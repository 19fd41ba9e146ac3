package vn.antq.activities.training;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;

/**
 * What agencies do with digital-skills trainings of their outreach staff: record, revise, cancel, read. A RECORDER
 * writes for its own agency (the organiser), inside the token's locality; the agency's staff read its trainings,
 * OPS and ADMIN all. Checks the input, then who may do it, then the kit's {@link Recorder} stores the change with its
 * event in one write. Trainings belong to no reporting period, so no period lock applies to them.
 */
@Component
public class TrainingCommands {

    private final TrainingStore store;
    private final Recorder<Training> recorder;
    private final TrainingValidation validation;
    private final Gazetteer gazetteer;
    private final String source;
    private final Clock clock;

    public TrainingCommands(TrainingStore store, Gazetteer gazetteer, Agencies agencies, OutboxRelay relay,
                            OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.recorder = store.recorder(relay);
        this.validation = new TrainingValidation(gazetteer, agencies::isKnown);
        this.gazetteer = gazetteer;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The result of a POST: the training, and whether it was created by an earlier try of the same request. */
    public record Recorded(Training training, boolean replayed) {
    }

    public Recorded record(AntqUser user, TrainingForm form, String idempotencyKey) {
        TrainingValidation.Valid valid = validOrThrow(user, form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        IdempotentRequest request = IdempotentRequest.creating(id, form);
        Recorder.Created<Training> created = recorder.create(
                change(Training.record(id, valid.details(), user.subject(), now())), request);
        return new Recorded(created.aggregate(), created.replayed());
    }

    /** The whole session replaced at the version If-Match names; the organising agency and the id stay. */
    public Training revise(AntqUser user, String id, String ifMatch, TrainingForm form) {
        Training current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        TrainingValidation.Valid valid = validOrThrow(user, form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());
        return recorder.save(current, change(apply(() -> current.revise(valid.details(), user.subject(), now()))));
    }

    /** Cancelled at the version If-Match names: it stays readable, and a second cancellation is 409. */
    public Training cancel(AntqUser user, String id, String ifMatch) {
        Training current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        return recorder.save(current, change(apply(() -> current.cancel(user.subject(), now()))));
    }

    /** An agency reads its own trainings; OPS and ADMIN read all; each only inside the token's locality. */
    public Training read(AntqUser user, String id) {
        Training training = recorder.get(id);
        AccessRules.requireReaderOf(user, training.details().agency(), place(training));
        return training;
    }

    public List<Training> list(TrainingFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(TrainingFilter filter) {
        return store.count(filter);
    }

    private Training readForChange(AntqUser user, String id) {
        Training current = recorder.get(id);
        AccessRules.requireRecorderFor(user, current.details().agency(), place(current));
        return current;
    }

    private Recorder.Change<Training> change(Training.Change change) {
        return new Recorder.Change<>(change.training(),
                PendingEvent.of(EventContract.TRAINING_RECORDED, change.event(), source));
    }

    private static Training.Change apply(Supplier<Training.Change> transition) {
        try {
            return transition.get();
        } catch (TrainingRuleBroken broken) {
            throw ApiException.conflict(broken.code(), broken.args());
        }
    }

    private TrainingValidation.Valid validOrThrow(AntqUser user, TrainingForm form) {
        return validation.check(form, user.agency(), VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
    }

    /** Where the training was held, in the structure in force on its start date. */
    AdminPath place(Training training) {
        return where(training, training.details().locality());
    }

    /** Where a locality of the training (its own or an attendee's unit) lies on the training's start date. */
    AdminPath where(Training training, Locality locality) {
        return gazetteer.resolve(locality.mostSpecificCode(), training.details().startDate())
                instanceof Resolution.Resolved resolved ? resolved.path() : null;
    }

    private Instant now() {
        return clock.instant();
    }
}
