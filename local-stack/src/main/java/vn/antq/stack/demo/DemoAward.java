package vn.antq.stack.demo;

import java.time.LocalDate;

import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;

/**
 * A commendation of the demo (khen thưởng), nominated at a review, approved by an approver who is not the
 * nominator, and conferred. District and commune are null for a province-level recipient.
 *
 * @param key       the stable part of its Idempotency-Key
 * @param reviewKey the {@link DemoReview#key()} of the review it was given at
 */
public record DemoAward(
        String key,
        String reviewKey,
        AwardForm form,
        RecipientType recipientType,
        String recipientName,
        String recipientAgency,
        String district,
        String commune,
        String citation,
        String issuer,
        String decisionNo,
        LocalDate decidedOn) {
}
