package vn.antq.models.model;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Etags;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.IdempotencyKeys;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;
import vn.antq.models.modeltype.ModelTypeStore;

/**
 * What agencies do with models: register, read, change, suspend, reactivate, dissolve. Checks the
 * input, then who may do it, then stores the change with its event in one write and nudges the relay.
 */
@Component
public class ModelCommands {

    private final ModelStore store;
    private final ModelValidation validation;
    private final Gazetteer gazetteer;
    private final Agencies agencies;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;

    public ModelCommands(ModelStore store, ModelTypeStore types, Gazetteer gazetteer, Agencies agencies,
                         OutboxRelay relay, OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.validation = new ModelValidation(gazetteer, agencies::isKnown, types::exists);
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.relay = relay;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /**
     * The result of a registration: the model, whether an earlier try of the same request created it,
     * and the active models of the same type in its commune.
     */
    public record Registered(Model model, boolean replayed, List<Overlap> overlaps) {
    }

    /** The model after a status change, and whether an earlier try of the same request made it. */
    public record StatusChanged(Model model, boolean replayed) {
    }

    public Registered register(AntqUser user, ModelForm form, String idempotencyKey) {
        ModelValidation.Valid valid = validOrThrow(form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(form);
        Model.Change change = Model.register(id, valid.details(), user.subject(), now());
        Model model = change.model();
        IdempotentRequest request = idempotencyKey == null ? null : new IdempotentRequest(id, fingerprint);
        boolean replayed = !store.insert(model, event(change), request);
        if (replayed) {
            ModelStore.Stored earlier = store.find(id).orElseThrow();
            IdempotencyKeys.requireSameRequest(earlier.lastRequest().fingerprint(), fingerprint);
            model = earlier.model();
        } else {
            relay.wakeUp();
        }
        return new Registered(model, replayed, overlapsOf(model));
    }

    /** An agency reads its own models; OPS and ADMIN read all. */
    public Model read(AntqUser user, String id) {
        Model model = find(id).model();
        AccessRules.requireReaderOf(user, model.details().agency());
        return model;
    }

    public Model change(AntqUser user, String id, String ifMatch, ModelForm form) {
        Model current = readForChange(user, id).model();
        Etags.requireIfMatch(ifMatch, current.version());
        ModelValidation.Valid valid = validOrThrow(form);
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());
        return save(current, apply(() -> current.change(valid.details(), user.subject(), now())), null);
    }

    public StatusChanged changeStatus(AntqUser user, String id, String ifMatch, StatusForm form,
                                      String idempotencyKey) {
        ModelStore.Stored stored = readForChange(user, id);
        Model current = stored.model();
        String reason = statusReason(form);
        IdempotentRequest request = idempotencyKey == null ? null
                : new IdempotentRequest(IdempotencyKeys.aggregateId(user, idempotencyKey), IdempotencyKeys.fingerprint(form));
        if (stored.lastRequest() != null) {
            if (stored.lastRequest().isRepeatedBy(request)) {
                return new StatusChanged(current, true);
            }
            if (stored.lastRequest().keyReusedBy(request)) {
                throw IdempotencyKeys.keyReusedForAnotherRequest();
            }
        }
        Etags.requireIfMatch(ifMatch, current.version());
        Model changed = save(current,
                apply(() -> current.changeStatus(form.status(), reason, user.subject(), now())), request);
        return new StatusChanged(changed, false);
    }

    /** The model, for a RECORDER of its agency whose locality covers it: the check before any write about it. */
    public ModelStore.Stored readForChange(AntqUser user, String id) {
        ModelStore.Stored stored = find(id);
        AccessRules.requireRecorderFor(user, stored.model().details().agency(), place(stored.model()));
        return stored;
    }

    public List<Model> list(ModelFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(ModelFilter filter) {
        return store.count(filter);
    }

    /** Where the model is, resolved in the gazetteer of its founding date. */
    public AdminPath place(Model model) {
        return gazetteer.resolve(model.details().locality().commune(), model.details().establishedOn())
                instanceof Resolution.Resolved resolved ? resolved.path() : null;
    }

    /** The ACTIVE models of the same type in the same commune, of any agency. */
    List<Overlap> overlapsOf(Model model) {
        return store.activeOfTypeIn(model.details().type(), model.details().locality().commune(), model.id()).stream()
                .map(existing -> Overlap.with(existing, agencyName(existing.details().agency())))
                .toList();
    }

    /** Turns a rule of the lifecycle into a 409 that says which rule and what is allowed now. */
    public static <T> T apply(Supplier<T> transition) {
        try {
            return transition.get();
        } catch (ModelRuleBroken broken) {
            Map<String, Object> facts = new LinkedHashMap<>(broken.facts());
            facts.put("code", broken.code());
            throw new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                    Text.of(broken.messageVi(), broken.messageEn()), List.of(), facts, HttpHeaders.EMPTY);
        }
    }

    private ModelStore.Stored find(String id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("model", id));
    }

    private Model save(Model current, Model.Change change, IdempotentRequest request) {
        if (!store.update(change.model(), current.version(), event(change), request)) {
            long latest = store.find(current.id()).map(s -> s.model().version()).orElse(current.version());
            throw ApiException.preconditionFailed(latest);
        }
        relay.wakeUp();
        return change.model();
    }

    private ModelValidation.Valid validOrThrow(ModelForm form) {
        ModelValidation.Outcome outcome = validation.check(form, VietnamTime.today(clock));
        if (outcome instanceof ModelValidation.Invalid invalid) {
            throw badRequest(invalid.problems());
        }
        return (ModelValidation.Valid) outcome;
    }

    private static String statusReason(StatusForm form) {
        if (form.status() == null) {
            throw badRequest(List.of(Problem.required("status", "trạng thái mới (ACTIVE, SUSPENDED, DISSOLVED)",
                    "new status (ACTIVE, SUSPENDED, DISSOLVED)")));
        }
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        if (reason != null && reason.length() > StatusForm.MAX_REASON_LENGTH) {
            throw badRequest(List.of(new Problem("reason", "Lý do dài quá " + StatusForm.MAX_REASON_LENGTH + " ký tự",
                    "Reason is longer than " + StatusForm.MAX_REASON_LENGTH + " characters")));
        }
        return reason;
    }

    /** 400 listing every problem, each in both languages. */
    public static ApiException badRequest(List<Problem> problems) {
        return ApiException.badRequest(problems.stream()
                .map(p -> FieldProblem.of(p.field(), p.messageVi(), p.messageEn())).toList());
    }

    private Label agencyName(String code) {
        return agencies.find(code).map(KnownAgencies.Agency::label).orElse(new Label(code, code));
    }

    private PendingEvent event(Model.Change change) {
        return PendingEvent.of(change.contract(), change.event(), source);
    }

    Instant now() {
        return clock.instant();
    }
}
