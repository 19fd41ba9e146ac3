package vn.antq.awards.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.awards.LocalityView;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.gazetteer.AdminPath;

/**
 * An award as the API shows it, with the Vietnamese names of its locality and the steps its status allows
 * ({@code nextSteps}), so that a client can offer only those.
 */
public record AwardView(
        String id,
        long version,
        AwardForm form,
        RecipientType recipientType,
        String recipientName,
        String recipientAgency,
        LocalityView locality,
        String reviewId,
        String citation,
        List<String> activityIds,
        List<String> modelIds,
        AwardStatus status,
        String issuer,
        String decisionNo,
        LocalDate decidedOn,
        String reason,
        List<Award.Step> nextSteps,
        String nominatedBy,
        Instant nominatedAt,
        Instant updatedAt) {

    static AwardView of(Award award, AdminPath place) {
        AwardDetails d = award.details();
        Decision decision = award.decision();
        return new AwardView(award.id(), award.version(), d.form(), d.recipientType(), d.recipientName(),
                d.recipientAgency(), LocalityView.of(d.locality(), place), d.reviewId(), d.citation(), d.activityIds(),
                d.modelIds(), award.status(),
                decision == null ? null : decision.issuer(),
                decision == null ? null : decision.decisionNo(),
                decision == null ? null : decision.decidedOn(),
                award.reason(), Award.Step.from(award.status()), award.nominatedBy(), award.nominatedAt(),
                award.updatedAt());
    }
}
