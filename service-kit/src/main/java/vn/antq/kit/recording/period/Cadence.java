package vn.antq.kit.recording.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.antq.contracts.model.ReportPeriod;

/** How often an agency's units report: each month, or each quarter ({@code antq.reporting.cadence.<AGENCY>}). */
public enum Cadence {
    MONTHLY,
    QUARTERLY;

    /** The reporting period that holds {@code date}: {@code 2024-05}, or {@code 2024-Q2}. */
    public ReportPeriod periodOf(LocalDate date) {
        int year = date.getYear();
        int month = date.getMonthValue();
        // Built by hand: a String.format on every write showed in the profile of a POST.
        String yyyy = year >= 1000 && year <= 9999 ? Integer.toString(year) : String.format("%04d", year);
        return new ReportPeriod(this == MONTHLY
                ? yyyy + (month < 10 ? "-0" : "-") + month
                : yyyy + "-Q" + ((month - 1) / 3 + 1));
    }

    /** The periods ({@code 2024-05}, or {@code 2024-Q2}) whose last month lies from {@code from} to {@code to}. */
    public List<String> periodsEndingIn(YearMonth from, YearMonth to) {
        List<String> periods = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (this == MONTHLY) {
                periods.add(month.toString());
            } else if (month.getMonthValue() % 3 == 0) {
                periods.add(month.getYear() + "-Q" + month.getMonthValue() / 3);
            }
        }
        return periods;
    }
}
