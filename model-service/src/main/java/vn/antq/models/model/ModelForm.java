package vn.antq.models.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A model as submitted to register or change it: any field may be missing or wrong until
 * {@link ModelValidation} has checked it.
 */
public record ModelForm(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String agency,
        List<String> partnerAgencies,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FormLocality locality,
        String village,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate establishedOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long members) {

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String province,
            String district,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String commune) {
    }
}
