package vn.antq.models.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelStatus;

/**
 * Mô hình tự quản về an ninh trật tự: a grassroots self-managed model for security and order, as its
 * agency registered it. Each change returns the new state together with the event that tells the
 * rest of the platform about it.
 * <p>
 * Lifecycle: ACTIVE and SUSPENDED alternate; either may become DISSOLVED, which is final: a dissolved
 * model is neither changed nor reported on any more.
 *
 * @param statusReason why the status last changed, as the user said it; null when not given
 */
public record Model(String id, long version, ModelDetails details, ModelStatus status, String statusReason,
                    String registeredBy, Instant registeredAt, Instant updatedAt) {

    private static final Map<ModelStatus, Set<ModelStatus>> NEXT = Map.of(
            ModelStatus.ACTIVE, EnumSet.of(ModelStatus.SUSPENDED, ModelStatus.DISSOLVED),
            ModelStatus.SUSPENDED, EnumSet.of(ModelStatus.ACTIVE, ModelStatus.DISSOLVED),
            ModelStatus.DISSOLVED, EnumSet.noneOf(ModelStatus.class));

    /** A new state and the event announcing it. */
    public record Change(Model model, EventContract contract, ModelEvent event) {
    }

    /** A newly registered model is ACTIVE, at version 1. */
    public static Change register(String id, ModelDetails details, String actor, Instant now) {
        Model registered = new Model(id, 1, details, ModelStatus.ACTIVE, null, actor, now, now);
        return registered.changed(EventContract.MODEL_REGISTERED, actor, now);
    }

    /** Replaces what the agency said about the model; the owning agency itself cannot change. */
    public Change change(ModelDetails changed, String actor, Instant now) {
        requireNotDissolved();
        if (!changed.agency().equals(details.agency())) {
            throw new ModelRuleBroken("model.agency-fixed",
                    "Không thể chuyển mô hình sang đơn vị khác; mô hình thuộc " + details.agency(),
                    "A model cannot move to another agency; it belongs to " + details.agency(),
                    Map.of("agency", details.agency()));
        }
        Model next = new Model(id, version + 1, changed, status, statusReason, registeredBy, registeredAt, now);
        return next.changed(EventContract.MODEL_CHANGED, actor, now);
    }

    /** Suspends, reactivates or dissolves the model, if its lifecycle allows that from where it is. */
    public Change changeStatus(ModelStatus target, String reason, String actor, Instant now) {
        Set<ModelStatus> allowed = allowedTransitions();
        if (!allowed.contains(target)) {
            throw new ModelRuleBroken("model.transition-not-allowed",
                    "Không thể chuyển mô hình từ \"" + status.labelVi() + "\" sang \"" + target.labelVi()
                            + "\". " + allowedVi(allowed),
                    "A model cannot go from " + status + " to " + target + ". " + allowedEn(allowed),
                    Map.of("currentStatus", status.name(), "requestedStatus", target.name(),
                            "allowedTransitions", names(allowed)));
        }
        Model next = new Model(id, version + 1, details, target, reason, registeredBy, registeredAt, now);
        return next.changed(EventContract.MODEL_CHANGED, actor, now);
    }

    /** The statuses this model may move to next, in declaration order; none once dissolved. */
    public Set<ModelStatus> allowedTransitions() {
        return NEXT.get(status);
    }

    public boolean isDissolved() {
        return status == ModelStatus.DISSOLVED;
    }

    public boolean isActive() {
        return status == ModelStatus.ACTIVE;
    }

    /** A dissolved model is closed: no more changes, no more reports. */
    public void requireNotDissolved() {
        if (isDissolved()) {
            throw new ModelRuleBroken("model.dissolved",
                    "Mô hình \"" + details.name() + "\" đã giải thể; không thể sửa đổi hay báo cáo",
                    "Model \"" + details.name() + "\" is dissolved; it can no longer be changed or reported on",
                    Map.of("currentStatus", status.name(), "allowedTransitions", List.of()));
        }
    }

    private Change changed(EventContract contract, String actor, Instant now) {
        return new Change(this, contract, toEvent(actor, now));
    }

    ModelEvent toEvent(String actor, Instant occurredAt) {
        ModelDetails d = details;
        return new ModelEvent(id, version, actor, occurredAt, d.name(), d.type(), d.agency(), d.partnerAgencies(),
                d.locality(), d.village(), d.establishedOn(), d.members(), status);
    }

    private static List<String> names(Set<ModelStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static String allowedVi(Set<ModelStatus> allowed) {
        return allowed.isEmpty() ? "Mô hình đã giải thể, không chuyển được sang trạng thái nào."
                : "Chỉ có thể chuyển sang: " + allowed.stream().map(s -> "\"" + s.labelVi() + "\" (" + s + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String allowedEn(Set<ModelStatus> allowed) {
        return allowed.isEmpty() ? "A dissolved model cannot change status."
                : "Allowed: " + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".";
    }
}
