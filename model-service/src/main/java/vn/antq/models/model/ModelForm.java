package vn.antq.models.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A model as submitted to register or change it: any field may be missing or wrong until
 * {@link ModelValidation} has checked it.
 */
public record ModelForm(
        String name,
        String type,
        String agency,
        List<String> partnerAgencies,
        FormLocality locality,
        String village,
        LocalDate establishedOn,
        Long members) {

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(String province, String district, String commune) {
    }
}
