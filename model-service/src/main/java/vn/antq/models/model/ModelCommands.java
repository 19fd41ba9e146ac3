package vn.antq.models.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Word;
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
    private final Rehoming rehoming;
    private final Agencies agencies;
    private final Recorder<Model> recorder;
    private final String source;
    private final Clock clock;

    public ModelCommands(ModelStore store, ModelTypeStore types, Gazetteer gazetteer, Rehoming rehoming,
                         Agencies agencies, OutboxRelay relay, OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.validation = new ModelValidation(gazetteer, agencies::isKnown, types::exists);
        this.gazetteer = gazetteer;
        this.rehoming = rehoming;
        this.agencies = agencies;
        this.recorder = store.recorder(relay);
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
        Recorder.Created<Model> created = recorder.create(change(Model.register(id, valid.details(), user.subject(), now())),
                IdempotentRequest.keyed(user, idempotencyKey, form));
        return new Registered(created.aggregate(), created.replayed(), overlapsOf(created.aggregate()));
    }

    /** An agency reads its own models; OPS and ADMIN read all; each only inside the token's locality. */
    public Model read(AntqUser user, String id) {
        Model model = find(id).aggregate();
        AccessRules.requireReaderOf(user, model.details().agency(), place(model));
        return model;
    }

    public Model change(AntqUser user, String id, String ifMatch, ModelForm form) {
        Model current = readForChange(user, id).aggregate();
        recorder.requireIfMatch(ifMatch, current);
        ModelValidation.Valid valid = validOrThrow(form,
                current.formerLocalities().isEmpty() ? null : current.localitySince());
        AccessRules.requireRecorderFor(user, valid.details().agency(), valid.place());
        return save(current, apply(() -> current.change(valid.details(), user.subject(), now())));
    }

    public StatusChanged changeStatus(AntqUser user, String id, String ifMatch, StatusForm form,
                                      String idempotencyKey) {
        Recorder.Stored<Model> stored = readForChange(user, id);
        String reason = statusReason(form);
        Recorder.Written<Model> changed = recorder.update(stored, ifMatch, IdempotentRequest.keyed(user, idempotencyKey, form),
                current -> change(apply(() -> current.changeStatus(form.status(), reason, user.subject(), now()))));
        return new StatusChanged(changed.aggregate(), changed.replayed());
    }

    /** The model, for a RECORDER of its agency whose locality covers it: the check before any write about it. */
    public Recorder.Stored<Model> readForChange(AntqUser user, String id) {
        Recorder.Stored<Model> stored = find(id);
        AccessRules.requireRecorderFor(user, stored.aggregate().details().agency(), place(stored.aggregate()));
        return stored;
    }

    public List<Model> list(ModelFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(ModelFilter filter) {
        return store.count(filter);
    }

    /** Where the model is, resolved in the gazetteer in force since it has been there (its founding, or re-homing). */
    public AdminPath place(Model model) {
        return placeOf(model.details().locality(), model.localitySince());
    }

    /** Where the model was before, with the names of the 2019-2024 units, oldest first. */
    public List<ModelView.FormerLocalityView> history(Model model) {
        List<ModelView.FormerLocalityView> history = new ArrayList<>();
        LocalDate from = model.details().establishedOn();
        for (FormerLocality former : model.formerLocalities()) {
            history.add(ModelView.FormerLocalityView.of(former, placeOf(former.locality(), former.until()), from));
            from = former.until().plusDays(1);
        }
        return history;
    }

    /**
     * Moves a model still in a 2019-2024 commune to one of the 2025 communes that took it over, from 2025-07-01 on
     * (see {@link Rehoming}); the old locality stays in its history and the usual {@code model.changed} event carries
     * the new state. Needs If-Match, RECORDER of the model's agency, and a token locality covering the old place or
     * the new one.
     */
    public Model rehome(AntqUser user, String id, String ifMatch, RehomeForm form) {
        Model current = find(id).aggregate();
        AccessRules.requireRole(user, Role.RECORDER);
        if (!user.covers(current.details().agency())) {
            throw ApiException.forbidden("access.record.other-agency", Word.agency(user.agency()),
                    Word.agency(current.details().agency()));
        }
        recorder.requireIfMatch(ifMatch, current);
        apply(() -> {
            current.requireNotDissolved();
            return current;
        });
        if (!Rehoming.isInOldStructure(current)) {
            AdminPath place = place(current);
            throw ApiException.of(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                    "Mô hình đã ở đơn vị hành chính năm 2025 (" + describe(place) + "); không cần chuyển",
                    "The model is in a 2025 unit already (" + describe(place) + "); there is nothing to re-home");
        }
        Rehoming.Valid valid = rehoming.check(current, form).orElseThrow(ProblemAnswers::badRequest);
        if (!user.covers(place(current)) && !user.covers(valid.place())) {
            AccessRules.requireRecorderFor(user, current.details().agency(), valid.place());
        }
        return save(current, apply(() -> current.rehome(valid.locality(), Rehoming.EFFECTIVE_FROM, user.subject(), now())));
    }

    /**
     * The locality a report for this period carries: where the model was during it. After the 2025 reform a model
     * still in a 2019-2024 commune reports in the new unit: the one commune that took its commune over when it was
     * merged whole; when it was split (or the mapping does not know it) the new unit is a choice, and the report is
     * refused (409) until the model is re-homed, naming the suggested commune. No report is filed in a unit that no
     * longer existed during its period.
     */
    public Locality localityForReport(Model model, ReportPeriod period) {
        if (!period.start().isBefore(Rehoming.EFFECTIVE_FROM) && Rehoming.isInOldStructure(model)) {
            Optional<Locality> onlySuccessor = rehoming.onlySuccessor(model);
            if (onlySuccessor.isPresent()) {
                return onlySuccessor.get();
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("code", "model.rehoming-needed");
            facts.put("rehoming", "/api/v1/models/" + model.id() + "/rehoming");
            rehoming.options(model).suggestion().ifPresent(path -> facts.put("suggestion",
                    Map.of("province", path.province().code(), "commune", path.commune().code(),
                            "name", path.displayName())));
            String place = describe(place(model));
            boolean divided = rehoming.options(model).divided();
            throw new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT, Text.of(
                    "Mô hình còn ở " + place + " (danh mục 2019-2024, " + (divided ? "nay đã chia cho nhiều xã"
                            : "bảng chuyển đổi không nêu xã tiếp nhận") + "); kỳ " + period.code() + " sau ngày 01/07/2025 "
                            + "phải báo cáo theo đơn vị hành chính mới: hãy chuyển mô hình trước" + rehoming.suggested(model),
                    "The model is still in " + place + " (2019-2024 structure, " + (divided
                            ? "since divided among several communes" : "no successor in the conversion table") + "); period "
                            + period.code() + " after 2025-07-01 is reported in the new units: re-home the model first"
                            + rehoming.suggestedEn(model)),
                    List.of(), facts, HttpHeaders.EMPTY);
        }
        return model.localityOn(period.end());
    }

    /** The ACTIVE models of the same type in the same commune of the same structure (codes were reused), any agency. */
    List<Overlap> overlapsOf(Model model) {
        boolean old = Rehoming.isInOldStructure(model);
        return store.activeOfTypeIn(model.details().type(), model.details().locality().commune(), model.id()).stream()
                .filter(existing -> Rehoming.isInOldStructure(existing) == old)
                .map(existing -> Overlap.with(existing, agencyName(existing.details().agency())))
                .toList();
    }

    private AdminPath placeOf(Locality locality, LocalDate on) {
        return gazetteer.resolve(locality.commune(), on) instanceof Resolution.Resolved resolved ? resolved.path() : null;
    }

    private static String describe(AdminPath place) {
        return place == null ? "-" : place.displayName() + " (" + place.mostSpecificCode() + ")";
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

    private Recorder.Stored<Model> find(String id) {
        return recorder.find(id).orElseThrow(() -> ApiException.notFound("model", id));
    }

    private Model save(Model current, Model.Change change) {
        return recorder.save(current, change(change));
    }

    private ModelValidation.Valid validOrThrow(ModelForm form) {
        return validOrThrow(form, null);
    }

    private ModelValidation.Valid validOrThrow(ModelForm form, LocalDate localitySince) {
        return validation.check(form, VietnamTime.today(clock), localitySince).orElseThrow(ProblemAnswers::badRequest);
    }

    private static String statusReason(StatusForm form) {
        if (form.status() == null) {
            throw ProblemAnswers.badRequest(List.of(Problem.required("status", "trạng thái mới (ACTIVE, SUSPENDED, DISSOLVED)",
                    "new status (ACTIVE, SUSPENDED, DISSOLVED)")));
        }
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        if (reason != null && reason.length() > StatusForm.MAX_REASON_LENGTH) {
            throw ProblemAnswers.badRequest(List.of(new Problem("reason", "Lý do dài quá " + StatusForm.MAX_REASON_LENGTH + " ký tự",
                    "Reason is longer than " + StatusForm.MAX_REASON_LENGTH + " characters")));
        }
        return reason;
    }


    private Label agencyName(String code) {
        return agencies.find(code).map(KnownAgencies.Agency::label).orElse(new Label(code, code));
    }

    private Recorder.Change<Model> change(Model.Change change) {
        return new Recorder.Change<>(change.model(), PendingEvent.of(change.contract(), change.event(), source));
    }

    Instant now() {
        return clock.instant();
    }
}
