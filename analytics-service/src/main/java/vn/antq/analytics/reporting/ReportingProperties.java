package vn.antq.analytics.reporting;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.antq.kit.recording.period.Cadence;

/**
 * {@code antq.reporting.cadence.<AGENCY>}: how often each agency's units report, MONTHLY (the default) or QUARTERLY. The
 * recording services read the same property, so analytics expects the periods they accept.
 */
@ConfigurationProperties("antq.reporting")
public record ReportingProperties(Map<String, Cadence> cadence) {

    public ReportingProperties {
        Map<String, Cadence> byAgency = new TreeMap<>();
        if (cadence != null) {
            cadence.forEach((agency, value) -> byAgency.put(agency.toUpperCase(Locale.ROOT), value));
        }
        cadence = Map.copyOf(byAgency);
    }

    public Cadence cadenceOf(String agency) {
        return cadence.getOrDefault(agency, Cadence.MONTHLY);
    }
}
