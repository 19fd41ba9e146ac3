package vn.antq.awards.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.Locality;

/**
 * What a nomination says: which award, for whom, why. Fixed once nominated (a wrong nomination is rejected
 * and nominated again). Built only by {@link NominationValidation}, so an instance always satisfies the rules.
 *
 * @param recipientAgency the agency of the recipient (or of the recipient's unit)
 * @param localityAsOf    the day the locality codes are read as of: the review's date, else the nomination's
 *                        (codes changed meaning in the 2025 reform)
 * @param reviewId        the review conference at which it is given, if any
 */
public record AwardDetails(
        AwardForm form,
        RecipientType recipientType,
        String recipientName,
        String recipientAgency,
        Locality locality,
        LocalDate localityAsOf,
        String reviewId,
        String citation,
        List<String> activityIds,
        List<String> modelIds) {

    public AwardDetails {
        activityIds = List.copyOf(activityIds);
        modelIds = List.copyOf(modelIds);
    }

    /**
     * The recipient's place at its review: one live award of a form per recipient (name as compared, and
     * agency) and review. Empty without a review, where the rule does not apply.
     */
    public Optional<String> recipientSlot() {
        return reviewId == null ? Optional.empty()
                : Optional.of(reviewId + "|" + recipientAgency + "|" + form + "|" + Names.comparable(recipientName));
    }
}
