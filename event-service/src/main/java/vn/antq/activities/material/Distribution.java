package vn.antq.activities.material;

import java.time.Instant;

import vn.antq.contracts.material.DistributionEvent;

/**
 * Cấp phát tài liệu: a unit received printed copies, the file or the link of a material on a day, as the distributing
 * agency recorded it. Each change (record, revise, cancel) returns the new state together with the one event that
 * tells the rest of the platform about it: {@code material.distributed}, carrying the whole distribution.
 */
public record Distribution(String id, long version, DistributionDetails details, boolean cancelled,
                           String recordedBy, Instant recordedAt, Instant updatedAt) {

    /** A new state and the event announcing it (always {@code material.distributed}). */
    public record Change(Distribution distribution, DistributionEvent event) {
    }

    public static Change record(String id, DistributionDetails details, String actor, Instant now) {
        return new Distribution(id, 1, details, false, actor, now, now).changed(actor, now);
    }

    /** Replaces what the agency said; the material and the distributing agency cannot change. */
    public Change revise(DistributionDetails revised, String actor, Instant now) {
        requireNotCancelled();
        if (!revised.agency().equals(details.agency())) {
            throw new MaterialRuleBroken("distribution.agency-fixed", details.agency());
        }
        if (!revised.materialId().equals(details.materialId())) {
            throw new MaterialRuleBroken("distribution.material-fixed", details.materialId());
        }
        return new Distribution(id, version + 1, revised, false, recordedBy, recordedAt, now).changed(actor, now);
    }

    /** Cancels a distribution recorded by mistake: it stays readable and counts nothing. */
    public Change cancel(String actor, Instant now) {
        requireNotCancelled();
        return new Distribution(id, version + 1, details, true, recordedBy, recordedAt, now).changed(actor, now);
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new MaterialRuleBroken("distribution.cancelled", id);
        }
    }

    private Change changed(String actor, Instant now) {
        return new Change(this, toEvent(actor, now));
    }

    DistributionEvent toEvent(String actor, Instant occurredAt) {
        DistributionDetails d = details;
        return new DistributionEvent(id, version, actor, occurredAt, d.materialId(), d.agency(), d.unit(),
                d.receivedOn(), d.copies(), d.digital(), cancelled);
    }
}
