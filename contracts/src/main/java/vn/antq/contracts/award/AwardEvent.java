package vn.antq.contracts.award;

import static vn.antq.contracts.common.Invariants.distinctTexts;
import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * The full state of an award (khen thưởng) after a change, the body of award.changed.
 *
 * @param issuer         who signs the decision, e.g. "Chủ tịch UBND tỉnh Kon Tum"; null until decided
 * @param decisionNo     the decision number (số quyết định); null until decided
 * @param decidedOn      null until decided
 * @param recipientAgency the agency code of the recipient (or of the recipient's unit)
 * @param reviewId       the review conference at which it was given, if any
 * @param activityIds    activities the award recognises
 * @param modelIds       models the award recognises
 * @param nominatedBy    the token subject who nominated it
 * @param reason         why it was rejected or revoked; required in those statuses, else null
 */
public record AwardEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        AwardForm form,
        String issuer,
        String decisionNo,
        LocalDate decidedOn,
        RecipientType recipientType,
        String recipientName,
        String recipientAgency,
        Locality locality,
        String reviewId,
        String citation,
        List<String> activityIds,
        List<String> modelIds,
        AwardStatus status,
        String nominatedBy,
        String reason) implements EventBody {

    public AwardEvent {
        requireEventFields(id, version, actor, occurredAt);
        require(form, "form");
        require(recipientType, "recipientType");
        requireText(recipientName, "recipientName");
        requireAgencyCode(recipientAgency, "recipientAgency");
        require(locality, "locality");
        requireText(citation, "citation");
        activityIds = distinctTexts(activityIds, "activityIds");
        modelIds = distinctTexts(modelIds, "modelIds");
        require(status, "status");
        requireText(nominatedBy, "nominatedBy");
        if (status.decided()) {
            requireText(issuer, "issuer (once " + status + ")");
            requireText(decisionNo, "decisionNo (once " + status + ")");
            require(decidedOn, "decidedOn (once " + status + ")");
        }
        if (status.needsReason()) {
            requireText(reason, "reason (when " + status + ")");
        }
    }
}
