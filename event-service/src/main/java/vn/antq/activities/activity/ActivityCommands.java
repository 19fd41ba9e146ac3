package vn.antq.activities.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.antq.activities.material.MaterialStore;
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
import vn.antq.kit.recording.period.PeriodKey;
import vn.antq.kit.recording.period.PeriodLocks;
import vn.antq.kit.recording.period.PeriodRefused;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;

/**
 * What agencies do with activities: record, revise, cancel, read. Checks the input, then who may
 * do it, then stores the change with its event in one write and nudges the outbox relay.
 */
@Component
public class ActivityCommands {

    private final ActivityStore store;
    private final Recorder<Activity> recorder;
    private final ActivityValidation validation;
    private final Gazetteer gazetteer;
    private final String source;
    private final Clock clock;
    private final PeriodLocks periods;

    public ActivityCommands(ActivityStore store, Gazetteer gazetteer, Agencies agencies,
                            OutboxRelay relay, OutboxProperties outbox, Clock clock, PeriodLocks periods,
                            MaterialStore materials) {
        this.store = store;
        this.periods = periods;
        this.recorder = store.recorder(relay);
        this.validation = new ActivityValidation(gazetteer, agencies::isKnown, materials::existingIds);
        this.gazetteer = gazetteer;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The result of a POST: the activity, and whether it was created by an earlier try of the same request. */
    public record Recorded(Activity activity, boolean replayed) {
    }

    public Recorded record(AntqUser user, ActivityForm form, String idempotencyKey) {
        ActivityValidation.Valid valid = validOrThrow(form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        IdempotentRequest request = IdempotentRequest.creating(id, form);
        // A retry is answered (or a key reused with another body refused) before the period is touched: a request
        // refused here writes nothing, not even the period document a first write in that period would make. Without
        // a key the id is a new random one: no earlier try can have it, so there is nothing to read.
        boolean keyed = idempotencyKey != null;
        Optional<Recorder.Created<Activity>> earlier = keyed ? recorder.replay(id, request) : Optional.empty();
        if (earlier.isPresent()) {
            return new Recorded(earlier.get().aggregate(), true);
        }
        Recorder.Change<Activity> change = change(Activity.record(id, valid.details(), user.subject(), now()));
        try {
            Recorder.Created<Activity> created = periods.guard(List.of(periodOf(valid.details())),
                    () -> recorder.create(change, request));
            return new Recorded(created.aggregate(), created.replayed());
        } catch (PeriodRefused refused) {
            if (!keyed) {
                throw refused;
            }
            // A retry that raced the first try of the request, recorded before its period was locked.
            return recorder.replay(id, request).map(first -> new Recorded(first.aggregate(), true))
                    .orElseThrow(() -> refused);
        }
    }

    public Activity revise(AntqUser user, String id, String ifMatch, ActivityForm form) {
        Activity current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        ActivityValidation.Valid valid = validOrThrow(form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());
        Recorder.Change<Activity> change = change(apply(() -> current.revise(valid.details(), user.subject(), now())));
        return periods.guard(List.of(periodOf(current.details()), periodOf(valid.details())),
                () -> recorder.save(current, change));
    }

    public Activity cancel(AntqUser user, String id, String ifMatch) {
        Activity current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        Recorder.Change<Activity> change = change(apply(() -> current.cancel(user.subject(), now())));
        return periods.guard(List.of(periodOf(current.details())), () -> recorder.save(current, change));
    }

    /** The unit's period an activity belongs to: its agency's, at its place, in the month (or quarter) it starts. */
    PeriodKey periodOf(ActivityDetails details) {
        return periods.keyOf(details.agency(), details.locality(), details.startDate());
    }

    /** An agency reads its own activities; OPS and ADMIN read all; each only inside the token's locality. */
    public Activity read(AntqUser user, String id) {
        Activity activity = recorder.get(id);
        AccessRules.requireReaderOf(user, activity.details().agency(), place(activity));
        return activity;
    }

    public List<Activity> list(ActivityFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(ActivityFilter filter) {
        return store.count(filter);
    }

    private Activity readForChange(AntqUser user, String id) {
        Activity current = recorder.get(id);
        AccessRules.requireRecorderFor(user, current.details().agency(), place(current));
        return current;
    }

    private Recorder.Change<Activity> change(Activity.Change change) {
        return new Recorder.Change<>(change.activity(), event(change));
    }

    private static Activity.Change apply(java.util.function.Supplier<Activity.Change> transition) {
        try {
            return transition.get();
        } catch (ActivityRuleBroken broken) {
            throw ApiException.conflict(broken.code(), broken.args());
        }
    }

    ActivityValidation.Valid validOrThrow(ActivityForm form) {
        return validation.check(form, VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
    }

    PendingEvent event(Activity.Change change) {
        return PendingEvent.of(change.contract(), change.event(), source);
    }

    private AdminPath place(Activity activity) {
        var locality = activity.details().locality();
        String code = locality.mostSpecificCode();
        return gazetteer.resolve(code, activity.details().startDate()) instanceof Resolution.Resolved resolved
                ? resolved.path() : null;
    }

    Instant now() {
        return clock.instant();
    }
}
