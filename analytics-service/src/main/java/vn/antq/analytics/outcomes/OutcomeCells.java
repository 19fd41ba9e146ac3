package vn.antq.analytics.outcomes;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.analytics.dimension.Periods;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.outcome.OutcomeEvent;

/**
 * The police's outcome figures (kết quả bảo đảm an ninh, trật tự): one cell per commune and month, holding the one
 * record of that commune and month. A revision replaces the record's contribution, so the cell always holds its latest
 * version's figures, whatever was delivered twice or replayed.
 */
public final class OutcomeCells {

    /** Records counted (one per commune and month). */
    public static final String RECORDS = "outcomeRecords";
    public static final String CRIMES = "crimes";
    public static final String SOCIAL_EVILS = "socialEvils";
    public static final String SECURITY_INCIDENTS = "securityIncidents";

    /** The totals of every cell, in the order the answers list them. */
    public static final List<String> TOTALS = List.of(RECORDS, CRIMES, "drugCrimes", "propertyCrimes", "violentCrimes",
            "otherCrimes", SOCIAL_EVILS, "crimeReports", "offendersReintegrated", "disputesMediated", SECURITY_INCIDENTS);

    private OutcomeCells() {
    }

    public static List<Contribution> of(OutcomeEvent outcome, Place place) {
        Map<String, Object> dimensions = new LinkedHashMap<>(place.dimensions());
        dimensions.putAll(Periods.dimensions(YearMonth.parse(outcome.month()).atDay(1)));
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(RECORDS, 1L);
        totals.put(CRIMES, outcome.crimes());
        totals.put("drugCrimes", outcome.drugCrimes());
        totals.put("propertyCrimes", outcome.propertyCrimes());
        totals.put("violentCrimes", outcome.violentCrimes());
        totals.put("otherCrimes", outcome.otherCrimes());
        totals.put(SOCIAL_EVILS, outcome.socialEvils());
        totals.put("crimeReports", outcome.crimeReports());
        totals.put("offendersReintegrated", outcome.offendersReintegrated());
        totals.put("disputesMediated", outcome.disputesMediated());
        totals.put(SECURITY_INCIDENTS, outcome.securityIncidents());
        String key = place.code() + "|" + outcome.month();
        return List.of(Contribution.of(new CellRef(ProjectionCollections.OUTCOMES, key), dimensions, totals));
    }
}
