package vn.antq.activities.material;

import java.time.LocalDate;

import vn.antq.contracts.common.Locality;

/**
 * What the distributing agency says about a distribution: everything but its identity, version and whether it was
 * cancelled. Built only by {@link DistributionValidation} (with the material from the address), so an instance always
 * satisfies the rules and the contract.
 *
 * @param agency the distributing agency
 * @param unit   the unit that received it: a province, district or commune in force on {@code receivedOn}
 */
public record DistributionDetails(
        String materialId,
        String agency,
        Locality unit,
        LocalDate receivedOn,
        long copies,
        boolean digital) {
}
