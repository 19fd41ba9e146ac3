package vn.antq.stack.demo;

import java.time.YearMonth;

/**
 * The police's figures of one commune and month, as the demo records them through {@code POST /api/v1/outcomes}.
 * {@link #incidents()} is what OUTCOME_WORSENING weighs: crime cases, social-evil cases and security incidents.
 */
public record DemoOutcome(
        String district,
        String commune,
        YearMonth month,
        long drugCrimes,
        long propertyCrimes,
        long violentCrimes,
        long otherCrimes,
        long socialEvils,
        long crimeReports,
        long offendersReintegrated,
        long disputesMediated,
        long securityIncidents) {

    public long crimes() {
        return drugCrimes + propertyCrimes + violentCrimes + otherCrimes;
    }

    public long incidents() {
        return crimes() + socialEvils + securityIncidents;
    }
}
