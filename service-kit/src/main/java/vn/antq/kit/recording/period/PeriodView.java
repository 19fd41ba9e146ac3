package vn.antq.kit.recording.period;

import java.time.Instant;
import java.time.LocalDate;

import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodState;

/**
 * A unit's period as the API shows it, with the unit's name and the state's words in the caller's language.
 *
 * @param version 0 while nothing has been submitted
 */
public record PeriodView(String id, long version, DataSet dataSet, String agency, String unit, String unitName,
                         String level, String period, LocalDate periodStart, LocalDate periodEnd, PeriodState state,
                         String stateLabel, String reason, String submittedBy, Instant submittedAt,
                         Instant firstSubmittedAt, String decidedBy, Instant decidedAt, long records) {

    static PeriodView of(Period p, String unitName, String stateLabel) {
        PeriodKey k = p.key();
        return new PeriodView(p.id(), p.version(), k.dataSet(), k.agency(), k.unitCode(), unitName, k.level().name(),
                k.period().code(), k.period().start(), k.period().end(), p.state(), stateLabel, p.reason(),
                p.submittedBy(), p.submittedAt(), p.firstSubmittedAt(), p.decidedBy(), p.decidedAt(), p.records());
    }
}
