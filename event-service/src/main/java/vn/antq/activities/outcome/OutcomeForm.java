package vn.antq.activities.outcome;

import jakarta.validation.constraints.NotNull;

/**
 * A commune's outcome figures of a month as submitted: any field may be missing or wrong until
 * {@link OutcomeValidation} has checked it. A missing count means zero.
 */
public record OutcomeForm(
        @NotNull FormCommune locality,
        @NotNull String month,
        Long drugCrimes,
        Long propertyCrimes,
        Long violentCrimes,
        Long otherCrimes,
        Long socialEvils,
        Long crimeReports,
        Long offendersReintegrated,
        Long disputesMediated,
        Long securityIncidents) {

    /** Codes as submitted; the gazetteer decides whether they exist in the month. */
    public record FormCommune(
            @NotNull String province,
            String district,
            @NotNull String commune) {
    }
}
