package vn.antq.activities.material;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A distribution of a material (cấp phát tài liệu) as submitted: any field may be missing or wrong until
 * {@link DistributionValidation} has checked it. The distributing agency is the caller's own; the material is the one
 * of the address it is posted to.
 *
 * @param unit    the unit that received it, in force on {@code receivedOn}
 * @param copies  printed copies received, 0 when only the file or the link was
 * @param digital whether the file or the link was received (by Zalo, e-mail, the workspace); false when missing
 */
public record DistributionForm(
        @NotNull UnitCodes unit,
        @NotNull LocalDate receivedOn,
        @NotNull Long copies,
        Boolean digital) {
}
