package vn.antq.activities.outcome;

import java.time.Instant;
import java.time.YearMonth;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.outcome.OutcomeEvent;

/**
 * Kết quả bảo đảm an ninh, trật tự: the police's figures of one commune in one month. One record per commune and
 * month ({@link OutcomeEvent#idOf}), its own aggregate with its own version: a revision replaces every figure and
 * bumps it. Only the police record it.
 */
public record Outcome(String id, long version, Locality locality, YearMonth month, OutcomeFigures figures,
                      String recordedBy, Instant recordedAt, Instant updatedAt) {

    /** The agency that records outcome figures, and the only one whose staff read a commune's. */
    public static final String AGENCY = "POLICE";

    /** A new state and the event announcing it (always {@code outcome.recorded}). */
    public record Change(Outcome outcome, OutcomeEvent event) {
    }

    public static Change record(Locality locality, YearMonth month, OutcomeFigures figures, String actor, Instant now) {
        Outcome recorded = new Outcome(OutcomeEvent.idOf(locality.commune(), month.toString()), 1, locality, month,
                figures, actor, now, now);
        return recorded.changed(actor, now);
    }

    /** Replaces the figures with revised ones; the commune and the month stay. */
    public Change revise(OutcomeFigures revised, String actor, Instant now) {
        Outcome next = new Outcome(id, version + 1, locality, month, revised, recordedBy, recordedAt, now);
        return next.changed(actor, now);
    }

    private Change changed(String actor, Instant now) {
        return new Change(this, toEvent(actor, now));
    }

    OutcomeEvent toEvent(String actor, Instant occurredAt) {
        OutcomeFigures f = figures;
        return new OutcomeEvent(id, version, actor, occurredAt, locality, month.toString(), f.drugCrimes(),
                f.propertyCrimes(), f.violentCrimes(), f.otherCrimes(), f.socialEvils(), f.crimeReports(),
                f.offendersReintegrated(), f.disputesMediated(), f.securityIncidents());
    }
}
