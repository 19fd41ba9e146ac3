package vn.antq.models.model;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;

/**
 * What the owning agency says about a model: everything but its identity, version and status.
 * Built only by {@link ModelValidation}, so an instance always satisfies the rules.
 *
 * @param village the village (thôn/làng) when the model is that local; null otherwise
 */
public record ModelDetails(
        String name,
        String type,
        String agency,
        List<String> partnerAgencies,
        Locality locality,
        String village,
        LocalDate establishedOn,
        long members) {

    public ModelDetails {
        partnerAgencies = List.copyOf(partnerAgencies);
    }
}
