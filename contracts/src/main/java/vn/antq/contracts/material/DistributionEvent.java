package vn.antq.contracts.material;

import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireCount;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * A distribution of a material (cấp phát tài liệu): a unit received printed copies, the file or the link on a day.
 * Its own aggregate (keyed by its own id); a correction re-sends it with the next version, a cancellation with
 * {@code cancelled} true, after which it counts nothing.
 *
 * @param materialId the material distributed
 * @param agency     the agency that distributed it
 * @param unit       the unit that received it: a province, district or commune, in the structure in force on
 *                   {@code receivedOn}
 * @param copies     printed copies received; 0 when only the file or the link was
 * @param digital    whether the file or the link was received (sent by Zalo, e-mail, the workspace)
 */
public record DistributionEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String materialId,
        String agency,
        Locality unit,
        LocalDate receivedOn,
        long copies,
        boolean digital,
        boolean cancelled) implements EventBody {

    public DistributionEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireText(materialId, "materialId");
        requireAgencyCode(agency, "agency");
        require(unit, "unit");
        require(receivedOn, "receivedOn");
        requireCount(copies, "copies");
        if (copies == 0 && !digital) {
            throw new IllegalArgumentException("a distribution gives printed copies, the file or the link");
        }
    }
}
