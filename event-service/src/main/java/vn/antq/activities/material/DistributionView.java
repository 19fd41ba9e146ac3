package vn.antq.activities.material;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;

/** A distribution as the API shows it, with the Vietnamese name of the receiving unit. */
public record DistributionView(
        String id,
        long version,
        String materialId,
        String agency,
        Locality unit,
        String unitName,
        LocalDate receivedOn,
        long copies,
        boolean digital,
        boolean cancelled,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {

    static DistributionView of(Distribution distribution, AdminPath place) {
        DistributionDetails d = distribution.details();
        return new DistributionView(distribution.id(), distribution.version(), d.materialId(), d.agency(), d.unit(),
                place == null ? null : place.displayName(), d.receivedOn(), d.copies(), d.digital(),
                distribution.cancelled(), distribution.recordedBy(), distribution.recordedAt(),
                distribution.updatedAt());
    }
}
