package vn.antq.activities.outcome;

/**
 * What the police counted in a commune in one month. Built only by {@link OutcomeValidation}.
 *
 * @param socialEvils           social-evil cases (tệ nạn xã hội)
 * @param crimeReports          reports of crime by residents (tố giác tội phạm)
 * @param offendersReintegrated people who offended helped to reintegrate (giúp đỡ người lầm lỗi)
 * @param disputesMediated      disputes mediated at the grassroots (hòa giải ở cơ sở)
 * @param securityIncidents     security and order incidents
 */
public record OutcomeFigures(
        long drugCrimes,
        long propertyCrimes,
        long violentCrimes,
        long otherCrimes,
        long socialEvils,
        long crimeReports,
        long offendersReintegrated,
        long disputesMediated,
        long securityIncidents) {
}
