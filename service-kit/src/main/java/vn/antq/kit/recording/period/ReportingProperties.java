package vn.antq.kit.recording.period;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code antq.reporting.*}: how often each agency reports ({@code cadence.<AGENCY>}: MONTHLY, the default, or
 * QUARTERLY) and how long a write may hold its period open ({@code write-lease}, 30 s; see {@link PeriodLocks}).
 */
@ConfigurationProperties("antq.reporting")
public class ReportingProperties {

    private Map<String, Cadence> cadence = new HashMap<>();
    private Duration writeLease = Duration.ofSeconds(30);

    public Map<String, Cadence> getCadence() {
        return cadence;
    }

    public void setCadence(Map<String, Cadence> cadence) {
        this.cadence = cadence;
    }

    public Duration getWriteLease() {
        return writeLease;
    }

    public void setWriteLease(Duration writeLease) {
        this.writeLease = writeLease;
    }

    public Cadence cadenceOf(String agency) {
        return cadence.getOrDefault(agency, Cadence.MONTHLY);
    }
}
