package vn.antq.activities.material;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.material.MaterialEvent;
import vn.antq.kit.reference.VietnamTime;

/**
 * Tài liệu tuyên truyền chính thống: an official outreach material of the library, as its issuing agency recorded it,
 * with the file the library keeps ({@code null} when it is only published online, at its link). Each change (issue,
 * revise, a new file, withdraw) returns the new state together with the one event that tells the rest of the platform
 * about it: {@code material.changed}, carrying the whole material at its new version.
 *
 * @param withdrawnAt when it was withdrawn (no longer a current official material), or null while it is current
 */
public record Material(String id, long version, MaterialDetails details, MaterialEvent.MaterialFile file,
                       Instant withdrawnAt, String recordedBy, Instant recordedAt, Instant updatedAt) {

    /** A new state and the event announcing it (always {@code material.changed}). */
    public record Change(Material material, MaterialEvent event) {
    }

    /** A new material, with its file or its link (the details' link) or both. */
    public static Change issue(String id, MaterialDetails details, MaterialEvent.MaterialFile file, String actor,
                               Instant now) {
        Material issued = new Material(id, 1, details, file, null, actor, now, now);
        return issued.changed(actor, now);
    }

    /** Replaces what the issuer says about it; the file stays, the issuing agency cannot change. */
    public Change revise(MaterialDetails revised, String actor, Instant now) {
        requireCurrent();
        if (!revised.agency().equals(details.agency())) {
            throw new MaterialRuleBroken("material.agency-fixed", details.agency());
        }
        return new Material(id, version + 1, revised, file, null, recordedBy, recordedAt, now).changed(actor, now);
    }

    /** A new file, a new version of the material; the earlier file stays in the library as history. */
    public Change replaceFile(MaterialEvent.MaterialFile next, String actor, Instant now) {
        requireCurrent();
        return new Material(id, version + 1, details, next, null, recordedBy, recordedAt, now).changed(actor, now);
    }

    /** No longer a current official material: it stays readable and downloadable, and is distributed no more. */
    public Change withdraw(String actor, Instant now) {
        requireCurrent();
        return new Material(id, version + 1, details, file, now, recordedBy, recordedAt, now).changed(actor, now);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** The day (in Vietnam) it was withdrawn, or null while it is current. */
    public LocalDate withdrawnOn() {
        return withdrawnAt == null ? null : LocalDate.ofInstant(withdrawnAt, VietnamTime.ZONE);
    }

    /** Refuses a change of a withdrawn material. */
    public void requireCurrent() {
        if (withdrawn()) {
            throw new MaterialRuleBroken("material.withdrawn", id);
        }
    }

    /** Refuses a distribution received on or after the day the material was withdrawn. */
    public void requireDistributableOn(LocalDate receivedOn) {
        LocalDate withdrawnOn = withdrawnOn();
        if (withdrawnOn != null && !receivedOn.isBefore(withdrawnOn)) {
            throw new MaterialRuleBroken("material.withdrawn-distribution", id, withdrawnOn.toString());
        }
    }

    private Change changed(String actor, Instant now) {
        return new Change(this, toEvent(actor, now));
    }

    MaterialEvent toEvent(String actor, Instant occurredAt) {
        MaterialDetails d = details;
        return new MaterialEvent(id, version, actor, occurredAt, d.agency(), d.locality(), d.title(), d.kind(),
                d.topics(), d.languages(), d.edition(), d.issuedOn(), file, d.link(), withdrawn());
    }
}
