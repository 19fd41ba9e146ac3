package vn.antq.awards.review;

import java.time.Instant;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.review.ReviewEvent;

/**
 * Hội nghị sơ kết / tổng kết: a review conference of the movement, interim or final, held by one agency or
 * jointly by several. Holding it is recorded once; a correction replaces what was said and is announced as
 * the same {@code review.held} event with a higher version, so that consumers keep only the latest.
 */
public record Review(String id, long version, ReviewDetails details, String recordedBy, Instant recordedAt,
                     Instant updatedAt) {

    /** A new state and the event announcing it. */
    public record Change(Review review, EventContract contract, ReviewEvent event) {
    }

    public static Change hold(String id, ReviewDetails details, String actor, Instant now) {
        return new Review(id, 1, details, actor, now, now).changed(actor, now);
    }

    /** Replaces what was recorded; who organised it (an agency, or JOINT) cannot change. */
    public Change correct(ReviewDetails corrected, String actor, Instant now) {
        if (!corrected.organiser().equals(details.organiser())) {
            throw new OrganiserCannotChange(details.organiser());
        }
        return new Review(id, version + 1, corrected, recordedBy, recordedAt, now).changed(actor, now);
    }

    /** Whether the agency organised it, alone or jointly. */
    public boolean involves(String agency) {
        return details.agencies().contains(agency);
    }

    private Change changed(String actor, Instant now) {
        ReviewDetails d = details;
        ReviewEvent event = new ReviewEvent(id, version, actor, now, d.kind(), d.organiser(), d.agencies(), d.level(),
                d.locality(), d.heldOn(), d.periodFrom(), d.periodTo(), d.title());
        return new Change(this, EventContract.REVIEW_HELD, event);
    }
}
