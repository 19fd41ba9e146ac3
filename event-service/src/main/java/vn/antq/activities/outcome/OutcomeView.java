package vn.antq.activities.outcome;

import java.time.Instant;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;

/** A commune's outcome figures of a month as the API shows them, with the commune's name. */
public record OutcomeView(
        String id,
        long version,
        Locality locality,
        String localityName,
        String month,
        long crimes,
        long drugCrimes,
        long propertyCrimes,
        long violentCrimes,
        long otherCrimes,
        long socialEvils,
        long crimeReports,
        long offendersReintegrated,
        long disputesMediated,
        long securityIncidents,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {

    static OutcomeView of(Outcome outcome, AdminPath place) {
        OutcomeFigures f = outcome.figures();
        return new OutcomeView(outcome.id(), outcome.version(), outcome.locality(),
                place == null ? null : place.displayName(), outcome.month().toString(),
                f.drugCrimes() + f.propertyCrimes() + f.violentCrimes() + f.otherCrimes(), f.drugCrimes(),
                f.propertyCrimes(), f.violentCrimes(), f.otherCrimes(), f.socialEvils(), f.crimeReports(),
                f.offendersReintegrated(), f.disputesMediated(), f.securityIncidents(), outcome.recordedBy(),
                outcome.recordedAt(), outcome.updatedAt());
    }
}
