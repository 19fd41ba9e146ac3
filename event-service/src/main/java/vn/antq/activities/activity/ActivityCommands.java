package vn.antq.activities.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Etags;

/**
 * What agencies do with activities: record, revise, cancel, read. Checks the input, then who may
 * do it, then stores the change with its event in one write and nudges the outbox relay.
 */
@Component
public class ActivityCommands {

    private final ActivityStore store;
    private final ActivityValidation validation;
    private final Gazetteer gazetteer;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;

    public ActivityCommands(ActivityStore store, Gazetteer gazetteer, Agencies agencies,
                            OutboxRelay relay, OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.validation = new ActivityValidation(gazetteer, agencies::isKnown);
        this.gazetteer = gazetteer;
        this.relay = relay;
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
        Activity.Change change = Activity.record(id, valid.details(), user.subject(), now());
        if (store.insert(change.activity(), event(change), request)) {
            relay.wakeUp();
            return new Recorded(change.activity(), false);
        }
        ActivityStore.Stored earlier = store.find(id).orElseThrow();
        earlier.creation().requireSameBodyAs(request);
        return new Recorded(earlier.activity(), true);
    }

    public Activity revise(AntqUser user, String id, String ifMatch, ActivityForm form) {
        Activity current = readForChange(user, id);
        Etags.requireIfMatch(ifMatch, current.version());
        ActivityValidation.Valid valid = validOrThrow(form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());
        return save(current, apply(() -> current.revise(valid.details(), user.subject(), now())));
    }

    public Activity cancel(AntqUser user, String id, String ifMatch) {
        Activity current = readForChange(user, id);
        Etags.requireIfMatch(ifMatch, current.version());
        return save(current, apply(() -> current.cancel(user.subject(), now())));
    }

    /** An agency reads its own activities; OPS and ADMIN read all; each only inside the token's locality. */
    public Activity read(AntqUser user, String id) {
        Activity activity = store.find(id).map(ActivityStore.Stored::activity)
                .orElseThrow(() -> ApiException.notFound("activity", id));
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
        Activity current = store.find(id).map(ActivityStore.Stored::activity)
                .orElseThrow(() -> ApiException.notFound("activity", id));
        AccessRules.requireRecorderFor(user, current.details().agency(), place(current));
        return current;
    }

    private Activity save(Activity current, Activity.Change change) {
        if (!store.update(change.activity(), current.version(), event(change))) {
            long latest = store.find(current.id()).map(s -> s.activity().version()).orElse(current.version());
            throw ApiException.preconditionFailed(latest);
        }
        relay.wakeUp();
        return change.activity();
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
