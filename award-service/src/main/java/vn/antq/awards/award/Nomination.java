package vn.antq.awards.award;

import jakarta.validation.constraints.NotNull;
import java.util.List;

import vn.antq.awards.Submitted.FormLocality;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;

/**
 * A nomination (đề nghị khen thưởng) as submitted: any field may be missing or wrong until
 * {@link NominationValidation} has checked it.
 */
public record Nomination(
        @NotNull AwardForm form,
        @NotNull RecipientType recipientType,
        @NotNull String recipientName,
        @NotNull String recipientAgency,
        @NotNull FormLocality locality,
        String reviewId,
        @NotNull String citation,
        List<String> activityIds,
        List<String> modelIds) {
}
