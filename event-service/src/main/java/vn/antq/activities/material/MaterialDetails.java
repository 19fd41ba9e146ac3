package vn.antq.activities.material;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;

/**
 * What the issuing agency says about a material: everything but its identity, version, file and whether it was
 * withdrawn. Built only by {@link MaterialValidation}, so an instance always satisfies the rules (and the contract).
 *
 * @param agency   the issuing agency
 * @param locality the issuing unit: a province, district or commune in force on {@code issuedOn}
 * @param link     an https address, or null
 */
public record MaterialDetails(
        String agency,
        Locality locality,
        String title,
        MaterialKind kind,
        List<String> topics,
        List<MaterialLanguage> languages,
        String edition,
        LocalDate issuedOn,
        String link) {

    public MaterialDetails {
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
    }
}
