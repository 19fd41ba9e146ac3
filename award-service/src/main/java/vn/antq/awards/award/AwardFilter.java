package vn.antq.awards.award;

import java.time.LocalDate;

import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;

/**
 * What a list of awards is narrowed to; null means "any".
 *
 * @param agency       the recipient's agency
 * @param localityCode a province, district or commune code the recipient's locality lies in
 * @param decidedFrom  decided on or after (awards without a decision are then left out)
 * @param decidedTo    decided on or before
 */
public record AwardFilter(String agency, String localityCode, AwardForm form, AwardStatus status,
                          RecipientType recipientType, String reviewId, LocalDate decidedFrom, LocalDate decidedTo) {
}
