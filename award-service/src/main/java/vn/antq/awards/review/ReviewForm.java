package vn.antq.awards.review;

import java.time.LocalDate;
import java.util.List;

import vn.antq.awards.Submitted.FormLocality;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.review.ReviewKind;

/**
 * A review conference as submitted: any field may be missing or wrong until {@link ReviewValidation} has
 * checked it.
 *
 * @param organiser an agency code, or JOINT with the participating {@code agencies}
 * @param agencies  for JOINT the agencies that held it together; otherwise empty or just the organiser
 */
public record ReviewForm(
        ReviewKind kind,
        String organiser,
        List<String> agencies,
        Level level,
        FormLocality locality,
        LocalDate heldOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title) {
}
