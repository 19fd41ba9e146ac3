package vn.antq.kit.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * {@code antq.outbox.*}: which collections hold aggregates with outboxes, and how the relay paces
 * itself. A mutable bean rather than a record only because the default {@link #getSource() source}
 * depends on {@code spring.application.name}, which a record's {@code @DefaultValue} cannot read.
 */
@ConfigurationProperties("antq.outbox")
public class OutboxProperties implements EnvironmentAware {

    /** Whether the relay runs at all; off, events stay pending in their documents. */
    private boolean enabled = true;

    /** The collections whose documents carry events (see {@link OutboxDocuments}); empty: the relay idles. */
    private List<String> collections = new ArrayList<>();

    /** How often the relay looks for pending events when nobody calls {@link OutboxRelay#wakeUp()}. */
    private Duration pollInterval = Duration.ofMillis(500);

    /**
     * How often the relay looks through a whole collection for pending events besides those its own service wrote
     * (left by a crash or by another replica): every pending document, oldest first. It also sweeps at start and after
     * a failure; on the MongoDB-wire server a sweep reads the whole collection, so it runs rarely.
     */
    private Duration sweepInterval = Duration.ofMinutes(1);

    /** How many documents the relay takes per collection and round. */
    private int batchSize = 100;

    /** The longest wait between attempts while Kafka or MongoDB is unreachable. */
    private Duration maxBackoff = Duration.ofSeconds(5);

    /** The CloudEvents {@code ce_source}; default {@code /antq/<spring.application.name>}. */
    private String source;

    private String applicationName = "service";

    @Override
    public void setEnvironment(Environment environment) {
        applicationName = environment.getProperty("spring.application.name", applicationName);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getCollections() {
        return collections;
    }

    public void setCollections(List<String> collections) {
        this.collections = collections;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getSweepInterval() {
        return sweepInterval;
    }

    public void setSweepInterval(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    /** What a store passes to {@link PendingEvent#of}. */
    public String getSource() {
        return source != null && !source.isBlank() ? source : "/antq/" + applicationName;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
