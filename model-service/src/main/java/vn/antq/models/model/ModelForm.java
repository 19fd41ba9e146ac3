package vn.antq.models.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A model as submitted to register or change it: any field may be missing or wrong until
 * {@link ModelValidation} has checked it.
 */
public record ModelForm(
        @NotNull String name,
        @NotNull String type,
        @NotNull String agency,
        List<String> partnerAgencies,
        @NotNull FormLocality locality,
        String village,
        @NotNull LocalDate establishedOn,
        @NotNull Long members) {

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(
            @NotNull String province,
            String district,
            @NotNull String commune) {
    }
}
