package vn.antq.models.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class ReportValidationTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final LocalDate ESTABLISHED = LocalDate.of(2020, 3, 8);

    static ReportForm may2024() {
        return new ReportForm("2024-05", 2L, 1L, 3L, 1L, 0L, 25L, "  Họp định kỳ, hòa giải 1 vụ tranh chấp đất  ");
    }

    @Test
    void aMonthlyReportOfAPastMonthIsValid() {
        ReportValidation.Valid valid = ReportValidation.check(may2024(), ESTABLISHED, TODAY).value();

        assertThat(valid.period().start()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(valid.figures().tipsReported()).isEqualTo(3);
        assertThat(valid.figures().notes()).isEqualTo("Họp định kỳ, hòa giải 1 vụ tranh chấp đất");
    }

    @Test
    void theCurrentQuarterMayBeReportedBeforeItEnds() {
        assertThat(ReportValidation.check(withPeriod("2024-Q2"), ESTABLISHED, LocalDate.of(2024, 6, 1)))
                .isInstanceOf(Checked.Valid.class);
    }

    @Test
    void aPeriodThatHasNotStartedIsAFuturePeriod() {
        List<Problem> problems = problems(withPeriod("2024-07"), ESTABLISHED, TODAY);

        assertThat(problems).extracting(Problem::field).containsExactly("period");
        assertThat(problems.get(0).messageEn()).contains("future");
        assertThat(problems.get(0).messageVi()).contains("tương lai");
    }

    @Test
    void aPeriodEndingBeforeTheModelWasFoundedIsRejected() {
        assertThat(problems(withPeriod("2020-02"), ESTABLISHED, TODAY)).extracting(Problem::field)
                .containsExactly("period");
        assertThat(ReportValidation.check(withPeriod("2020-Q1"), ESTABLISHED, TODAY))
                .isInstanceOf(Checked.Valid.class);
    }

    @Test
    void aPeriodOutsideTheBusinessRangeIsRejectedSayingTheRange() {
        for (String period : new String[] {"0001-06", "1800-Q1", "1999-12"}) {
            List<Problem> problems = problems(withPeriod(period), LocalDate.of(1000, 1, 1), TODAY);
            assertThat(problems).extracting(Problem::field).as(period).containsExactly("period");
            assertThat(problems.get(0).messageEn()).as(period).contains("outside the accepted range");
        }
    }

    @Test
    void malformedPeriodsAreRejected() {
        for (String period : new String[] {"2024-13", "2024-Q5", "05/2024", "2024-5", ""}) {
            assertThat(problems(withPeriod(period), ESTABLISHED, TODAY)).extracting(Problem::field)
                    .as(period).containsExactly("period");
        }
    }

    @Test
    void notesMayRunOverLinesButHoldNoControlCharacter() {
        assertThat(ReportValidation.check(withNotes("Họp định kỳ\r\n\t- hòa giải 1 vụ"), ESTABLISHED, TODAY))
                .isInstanceOf(Checked.Valid.class);
        assertThat(problems(withNotes("Họp\u0007định kỳ"), ESTABLISHED, TODAY)).extracting(Problem::field)
                .containsExactly("notes");
    }

    private static ReportForm withNotes(String notes) {
        ReportForm f = may2024();
        return new ReportForm(f.period(), f.meetings(), f.mediations(), f.tipsReported(), f.offendersSupported(),
                f.incidents(), f.membersAtPeriodEnd(), notes);
    }

    @Test
    void negativeCountsMissingMembersAndLongNotesAreEachReported() {
        ReportForm form = new ReportForm("2024-05", -1L, null, null, -2L, null, null, "x".repeat(2001));

        assertThat(problems(form, ESTABLISHED, TODAY)).extracting(Problem::field)
                .containsExactly("meetings", "offendersSupported", "membersAtPeriodEnd", "notes");
    }

    @Test
    void missingCountsMeanZero() {
        ReportForm form = new ReportForm("2024-05", null, null, null, null, null, 10L, null);

        ReportFigures figures = ReportValidation.check(form, ESTABLISHED, TODAY).value().figures();

        assertThat(figures).isEqualTo(new ReportFigures(0, 0, 0, 0, 0, 10, null));
    }

    private static ReportForm withPeriod(String period) {
        ReportForm f = may2024();
        return new ReportForm(period, f.meetings(), f.mediations(), f.tipsReported(), f.offendersSupported(),
                f.incidents(), f.membersAtPeriodEnd(), f.notes());
    }

    private static List<Problem> problems(ReportForm form, LocalDate established, LocalDate today) {
        Checked<ReportValidation.Valid> outcome = ReportValidation.check(form, established, today);
        assertThat(outcome).isInstanceOf(Checked.Invalid.class);
        return outcome.problems();
    }
}
