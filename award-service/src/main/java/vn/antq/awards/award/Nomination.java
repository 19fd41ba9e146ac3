package vn.antq.awards.award;

import java.util.List;

import vn.antq.awards.Submitted.FormLocality;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;

/**
 * A nomination (đề nghị khen thưởng) as submitted: any field may be missing or wrong until
 * {@link NominationValidation} has checked it.
 */
public record Nomination(
        AwardForm form,
        RecipientType recipientType,
        String recipientName,
        String recipientAgency,
        FormLocality locality,
        String reviewId,
        String citation,
        List<String> activityIds,
        List<String> modelIds) {
}
