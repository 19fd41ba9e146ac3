package vn.antq.models.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
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
 * <p>
 * A model founded before the 2025 reorganisation lives in a 2019-2024 commune until it is re-homed to one of the
 * 2025 communes that took that commune over; its former localities stay in its history.
 *
 * @param statusReason     why the status last changed, as the user said it; null when not given
 * @param formerLocalities where the model was before, oldest first; empty unless it was re-homed
 */
public record Model(String id, long version, ModelDetails details, ModelStatus status, String statusReason,
                    String registeredBy, Instant registeredAt, Instant updatedAt, List<FormerLocality> formerLocalities) {

    public Model {
        formerLocalities = List.copyOf(formerLocalities);
    }

    private static final Map<ModelStatus, Set<ModelStatus>> NEXT = Map.of(
            ModelStatus.ACTIVE, EnumSet.of(ModelStatus.SUSPENDED, ModelStatus.DISSOLVED),
            ModelStatus.SUSPENDED, EnumSet.of(ModelStatus.ACTIVE, ModelStatus.DISSOLVED),
            ModelStatus.DISSOLVED, EnumSet.noneOf(ModelStatus.class));

    /** A new state and the event announcing it. */
    public record Change(Model model, EventContract contract, ModelEvent event) {
    }

    /** A newly registered model is ACTIVE, at version 1. */
    public static Change register(String id, ModelDetails details, String actor, Instant now) {
        Model registered = new Model(id, 1, details, ModelStatus.ACTIVE, null, actor, now, now, List.of());
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
        Model next = new Model(id, version + 1, changed, status, statusReason, registeredBy, registeredAt, now,
                formerLocalities);
        return next.changed(EventContract.MODEL_CHANGED, actor, now);
    }

    /**
     * Moves the model to the locality it has from {@code from} on, keeping where it was until the day before in its
     * history. Which localities are allowed is the reorganisation's business (see {@code Rehoming}).
     */
    public Change rehome(Locality locality, LocalDate from, String actor, Instant now) {
        requireNotDissolved();
        List<FormerLocality> history = new ArrayList<>(formerLocalities);
        history.add(new FormerLocality(details.locality(), from.minusDays(1)));
        ModelDetails d = details;
        ModelDetails moved = new ModelDetails(d.name(), d.type(), d.agency(), d.partnerAgencies(), locality, d.village(),
                d.establishedOn(), d.members());
        Model next = new Model(id, version + 1, moved, status, statusReason, registeredBy, registeredAt, now, history);
        return next.changed(EventContract.MODEL_CHANGED, actor, now);
    }

    /** The first day of the current locality: the founding date, or the day after the last former locality. */
    public LocalDate localitySince() {
        return formerLocalities.isEmpty() ? details.establishedOn()
                : formerLocalities.get(formerLocalities.size() - 1).until().plusDays(1);
    }

    /** Where the model was on that day: a former locality up to its last day, the current one after. */
    public Locality localityOn(LocalDate day) {
        return formerLocalities.stream().filter(former -> !day.isAfter(former.until())).findFirst()
                .map(FormerLocality::locality).orElse(details.locality());
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
        Model next = new Model(id, version + 1, details, target, reason, registeredBy, registeredAt, now,
                formerLocalities);
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
