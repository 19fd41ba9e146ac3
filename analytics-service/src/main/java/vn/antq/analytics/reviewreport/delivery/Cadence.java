package vn.antq.analytics.reviewreport.delivery;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;
import vn.antq.contracts.common.Vocabulary;

/** How often a leader receives the report: each one covers the latest period that has ended. */
public enum Cadence implements Labelled {

    MONTHLY,
    QUARTERLY;

    /** Its words, from the one catalogue. */
    @Override
    public Label label() {
        return Vocabulary.find(Vocabulary.REPORT_CADENCE, name()).orElseThrow();
    }

    /** The latest period that has ended on {@code today} (a Vietnam date): the previous month, or the previous quarter. */
    public ReportPeriod latestCompleted(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (this == MONTHLY) {
            YearMonth previous = current.minusMonths(1);
            return new ReportPeriod(previous.toString(), previous, previous);
        }
        int quarterStart = (current.getMonthValue() - 1) / 3 * 3 + 1;
        YearMonth from = current.withMonth(quarterStart).minusMonths(3);
        YearMonth to = from.plusMonths(2);
        return new ReportPeriod(from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1), from, to);
    }
}
