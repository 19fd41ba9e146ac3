package vn.antq.resilience.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * The end of every fault scenario: the writes the services accepted, the events on Kafka for them (by distinct
 * {@code ce_id}), what analytics applied (its ledger at each aggregate's last version, and its totals against the
 * totals computed from the accepted writes alone), and the duplicates that reached analytics and were ignored.
 *
 * @param writesAccepted     2xx answers to writes
 * @param aggregates         records those writes created
 * @param eventsPublished    distinct {@code ce_id} on the topic for those records
 * @param recordsOnTopic     records on the topic for them, duplicates included
 * @param aggregatesApplied  records whose last accepted version analytics' ledger holds
 * @param duplicatesIgnored  records analytics received and skipped (its {@code outcome=skipped} counter)
 */
public record Reconciliation(String scenario, long writesAccepted, long aggregates, long eventsPublished,
                             long recordsOnTopic, long aggregatesApplied, long duplicatesIgnored,
                             Map<String, Long> expectedTotals, Map<String, Long> analyticsTotals) {

    public long duplicatesOnTopic() {
        return recordsOnTopic - eventsPublished;
    }

    public String line() {
        return String.format("[%s] accepted = published = applied: writes accepted %,d = events published %,d "
                        + "(distinct ce_id; %,d records on the topic, %,d duplicates); records %,d = applied %,d "
                        + "(analytics ledger at the last accepted version); duplicates seen and ignored by analytics %,d; "
                        + "totals expected %s, analytics %s",
                scenario, writesAccepted, eventsPublished, recordsOnTopic, duplicatesOnTopic(), aggregates,
                aggregatesApplied, duplicatesIgnored, expectedTotals, analyticsTotals);
    }

    /** accepted = published, every record applied at its last version, and analytics' totals exactly the expected. */
    public Reconciliation assertExact() {
        assertThat(eventsPublished).as("events published for the accepted writes: " + line()).isEqualTo(writesAccepted);
        assertThat(aggregatesApplied).as("records applied at their last version: " + line()).isEqualTo(aggregates);
        assertThat(analyticsTotals).as("analytics' totals: " + line()).isEqualTo(expectedTotals);
        return this;
    }
}
