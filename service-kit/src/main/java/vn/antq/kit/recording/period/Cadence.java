package vn.antq.kit.recording.period;

import java.time.LocalDate;

import vn.antq.contracts.model.ReportPeriod;

/** How often an agency's units report: each month, or each quarter ({@code antq.reporting.cadence.<AGENCY>}). */
public enum Cadence {
    MONTHLY,
    QUARTERLY;

    /** The reporting period that holds {@code date}: {@code 2024-05}, or {@code 2024-Q2}. */
    public ReportPeriod periodOf(LocalDate date) {
        return new ReportPeriod(this == MONTHLY
                ? String.format("%04d-%02d", date.getYear(), date.getMonthValue())
                : String.format("%04d-Q%d", date.getYear(), (date.getMonthValue() - 1) / 3 + 1));
    }
}
