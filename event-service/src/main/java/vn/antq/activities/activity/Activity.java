package vn.antq.activities.activity;

import java.time.Instant;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;

/**
 * Hoạt động tuyên truyền: an outreach activity as its agency recorded it. Each change returns the
 * new state together with the event that tells the rest of the platform about it.
 */
public record Activity(String id, long version, ActivityDetails details, ActivityStatus status,
                       String recordedBy, Instant recordedAt, Instant updatedAt) {

    /** A new state and the event announcing it. */
    public record Change(Activity activity, EventContract contract, ActivityEvent event) {
    }

    public static Change record(String id, ActivityDetails details, String actor, Instant now) {
        Activity recorded = new Activity(id, 1, details, ActivityStatus.RECORDED, actor, now, now);
        return recorded.changed(EventContract.ACTIVITY_RECORDED, actor, now);
    }

    /** Replaces what the agency said; the agency itself cannot change. */
    public Change revise(ActivityDetails revised, String actor, Instant now) {
        requireNotCancelled();
        if (!revised.agency().equals(details.agency())) {
            throw new ActivityRuleBroken("activity.agency-fixed", details.agency());
        }
        Activity next = new Activity(id, version + 1, revised, status, recordedBy, recordedAt, now);
        return next.changed(EventContract.ACTIVITY_REVISED, actor, now);
    }

    public Change cancel(String actor, Instant now) {
        requireNotCancelled();
        Activity next = new Activity(id, version + 1, details, ActivityStatus.CANCELLED, recordedBy, recordedAt, now);
        return next.changed(EventContract.ACTIVITY_CANCELLED, actor, now);
    }

    public boolean isCancelled() {
        return status == ActivityStatus.CANCELLED;
    }

    private void requireNotCancelled() {
        if (isCancelled()) {
            throw new ActivityRuleBroken("activity.cancelled", id);
        }
    }

    private Change changed(EventContract contract, String actor, Instant now) {
        return new Change(this, contract, toEvent(actor, now));
    }

    ActivityEvent toEvent(String actor, Instant occurredAt) {
        ActivityDetails d = details;
        return new ActivityEvent(id, version, actor, occurredAt, d.agency(), d.partnerAgencies(), d.level(),
                d.locality(), d.kind(), d.channel(), d.topics(), d.title(), d.startDate(), d.endDate(),
                d.participants(), d.women(), d.ethnicMinority(), d.reach(), d.copies(), status, d.materials());
    }
}
