package vn.antq.awards.review;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReviewKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String organiser,
        List<String> agencies,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Level level,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FormLocality locality,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate heldOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate periodFrom,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate periodTo,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title) {
}
