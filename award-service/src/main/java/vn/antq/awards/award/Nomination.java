package vn.antq.awards.award;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import vn.antq.awards.Submitted.FormLocality;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;

/**
 * A nomination (đề nghị khen thưởng) as submitted: any field may be missing or wrong until
 * {@link NominationValidation} has checked it.
 */
public record Nomination(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AwardForm form,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RecipientType recipientType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String recipientName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String recipientAgency,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FormLocality locality,
        String reviewId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String citation,
        List<String> activityIds,
        List<String> modelIds) {
}
