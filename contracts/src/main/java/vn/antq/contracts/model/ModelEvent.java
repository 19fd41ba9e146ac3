package vn.antq.contracts.model;

import static vn.antq.contracts.common.Invariants.distinctPartners;
import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireCount;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * The full state of a self-managed security model (mô hình tự quản về an ninh trật tự) after a
 * change; the body of model.registered and model.changed.
 *
 * @param type            a model-type code from reference data, not an enum
 * @param partnerAgencies agencies that run it together with {@code agency}, never {@code agency} itself
 * @param village         the village (thôn/làng) name, when the model is that local; may be null
 */
public record ModelEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String name,
        String type,
        String agency,
        List<String> partnerAgencies,
        Locality locality,
        String village,
        LocalDate establishedOn,
        long members,
        ModelStatus status) implements EventBody {

    public ModelEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireText(name, "name");
        requireText(type, "type");
        requireAgencyCode(agency, "agency");
        partnerAgencies = distinctPartners(partnerAgencies, agency);
        require(locality, "locality");
        if (village != null) {
            requireText(village, "village");
        }
        require(establishedOn, "establishedOn");
        requireCount(members, "members");
        require(status, "status");
    }
}
