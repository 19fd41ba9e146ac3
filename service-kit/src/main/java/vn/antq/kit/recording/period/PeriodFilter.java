package vn.antq.kit.recording.period;

import java.time.LocalDate;

import vn.antq.contracts.period.PeriodState;

/**
 * Which periods a list shows: all fields optional; {@code from} and {@code to} bound the periods' days.
 *
 * @param awaiting when set, only the submitted periods this approver may approve or return
 */
public record PeriodFilter(String agency, String localityCode, PeriodState state, LocalDate from, LocalDate to,
                           Approver awaiting) {

    /**
     * An approver as the list of what awaits them sees them: their unit (null: the whole country) and who they are
     * (a report they submitted themselves waits for another approver).
     */
    public record Approver(String locality, String subject) {
    }
}
