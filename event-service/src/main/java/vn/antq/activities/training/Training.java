package vn.antq.activities.training;

import java.time.Instant;

import vn.antq.contracts.training.TrainingEvent;

/**
 * Tập huấn kỹ năng số: a session that taught grassroots outreach staff digital skills, as its organising agency
 * recorded it. Each change (record, revise, cancel) returns the new state together with the one event that tells the
 * rest of the platform about it: {@code training.recorded}, carrying the whole session at its new version.
 */
public record Training(String id, long version, TrainingDetails details, boolean cancelled,
                       String recordedBy, Instant recordedAt, Instant updatedAt) {

    /** A new state and the event announcing it (always {@code training.recorded}). */
    public record Change(Training training, TrainingEvent event) {
    }

    public static Change record(String id, TrainingDetails details, String actor, Instant now) {
        Training recorded = new Training(id, 1, details, false, actor, now, now);
        return recorded.changed(actor, now);
    }

    /** Replaces the whole session; the organising agency cannot change. */
    public Change revise(TrainingDetails revised, String actor, Instant now) {
        requireNotCancelled();
        if (!revised.agency().equals(details.agency())) {
            throw new TrainingRuleBroken("training.agency-fixed", details.agency());
        }
        Training next = new Training(id, version + 1, revised, false, recordedBy, recordedAt, now);
        return next.changed(actor, now);
    }

    /** Cancels a session recorded by mistake: it stays readable and counts nothing. */
    public Change cancel(String actor, Instant now) {
        requireNotCancelled();
        Training next = new Training(id, version + 1, details, true, recordedBy, recordedAt, now);
        return next.changed(actor, now);
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new TrainingRuleBroken("training.cancelled", id);
        }
    }

    private Change changed(String actor, Instant now) {
        return new Change(this, toEvent(actor, now));
    }

    TrainingEvent toEvent(String actor, Instant occurredAt) {
        TrainingDetails d = details;
        return new TrainingEvent(id, version, actor, occurredAt, d.agency(), d.locality(), d.title(), d.startDate(),
                d.endDate(), d.topics(), d.trainers(), d.attendees(), cancelled);
    }
}
