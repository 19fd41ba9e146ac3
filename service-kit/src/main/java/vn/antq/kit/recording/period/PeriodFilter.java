package vn.antq.kit.recording.period;

import java.time.LocalDate;

import vn.antq.contracts.period.PeriodState;

/** Which periods a list shows: all fields optional; {@code from} and {@code to} bound the periods' days. */
public record PeriodFilter(String agency, String localityCode, PeriodState state, LocalDate from, LocalDate to) {
}
