package vn.antq.awards.award;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * Khen thưởng: an award from nomination to conferment. Its life:
 * <pre>
 * NOMINATED --approve--> APPROVED --confer--> CONFERRED --revoke--> REVOKED
 *     \------reject----> REJECTED
 * </pre>
 * Every step returns the new state with the {@code award.changed} event carrying all of it.
 *
 * @param decision the decision it rests on; null until approved
 * @param reason   why it was rejected or revoked; null otherwise
 */
public record Award(String id, long version, AwardDetails details, AwardStatus status, Decision decision,
                    String reason, String nominatedBy, Instant nominatedAt, Instant updatedAt) {

    /** A new state and the event announcing it. */
    public record Change(Award award, EventContract contract, AwardEvent event) {
    }

    /** A step of the lifecycle and the status it starts from. */
    public enum Step implements Labelled {
        APPROVE(AwardStatus.NOMINATED, "phê duyệt", "approve"),
        REJECT(AwardStatus.NOMINATED, "không phê duyệt", "reject"),
        CONFER(AwardStatus.APPROVED, "trao tặng", "confer"),
        REVOKE(AwardStatus.CONFERRED, "thu hồi", "revoke");

        private final AwardStatus from;
        private final Label label;

        Step(AwardStatus from, String vi, String en) {
            this.from = from;
            this.label = new Label(vi, en);
        }

        @Override
        public Label label() {
            return label;
        }

        /** The steps an award in {@code status} can take; none once rejected or revoked. */
        public static List<Step> from(AwardStatus status) {
            return Arrays.stream(values()).filter(step -> step.from == status).toList();
        }
    }

    public static Change nominate(String id, AwardDetails details, String actor, Instant now) {
        return new Award(id, 1, details, AwardStatus.NOMINATED, null, null, actor, now, now).changed(actor, now);
    }

    public Change approve(Decision decided, String actor, Instant now) {
        require(Step.APPROVE);
        return next(AwardStatus.APPROVED, decided, null, actor, now);
    }

    public Change reject(String why, String actor, Instant now) {
        require(Step.REJECT);
        return next(AwardStatus.REJECTED, null, why, actor, now);
    }

    public Change confer(String actor, Instant now) {
        require(Step.CONFER);
        return next(AwardStatus.CONFERRED, decision, null, actor, now);
    }

    public Change revoke(String why, String actor, Instant now) {
        require(Step.REVOKE);
        return next(AwardStatus.REVOKED, decision, why, actor, now);
    }

    /** Four eyes: whoever nominated an award does not approve it too. */
    public boolean mayBeApprovedBy(String subject) {
        return !nominatedBy.equals(subject);
    }

    /** Whether it still counts as the recipient's award of its form at its review (rejected and revoked do not). */
    public boolean holdsItsRecipientSlot() {
        return status != AwardStatus.REJECTED && status != AwardStatus.REVOKED;
    }

    private void require(Step step) {
        if (status != step.from) {
            throw new StepNotAllowed(step, status, Step.from(status));
        }
    }

    private Change next(AwardStatus nextStatus, Decision nextDecision, String nextReason, String actor, Instant now) {
        return new Award(id, version + 1, details, nextStatus, nextDecision, nextReason, nominatedBy, nominatedAt, now)
                .changed(actor, now);
    }

    private Change changed(String actor, Instant now) {
        AwardDetails d = details;
        AwardEvent event = new AwardEvent(id, version, actor, now, d.form(),
                decision == null ? null : decision.issuer(),
                decision == null ? null : decision.decisionNo(),
                decision == null ? null : decision.decidedOn(),
                d.recipientType(), d.recipientName(), d.recipientAgency(), d.locality(), d.reviewId(), d.citation(),
                d.activityIds(), d.modelIds(), status, nominatedBy, reason);
        return new Change(this, EventContract.AWARD_CHANGED, event);
    }
}
