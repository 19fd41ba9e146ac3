package vn.antq.models.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antq.contracts.model.ReportPeriod;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules a report must meet: a period that has started and does not end before the model was
 * founded, counts that are not negative, notes of reasonable length. A period still running may be
 * reported (and corrected once it is over); one that has not started is "the future".
 */
public final class ReportValidation {

    static final int MAX_NOTES_LENGTH = 2000;
    /** Any count of one model in one period above this is almost surely a typing error. */
    static final long MAX_COUNT = 1_000_000;

    /** What a valid form yields (checking yields it or every problem found): the period and the figures. */
    public record Valid(ReportPeriod period, ReportFigures figures) {
    }

    private ReportValidation() {
    }

    /**
     * @param establishedOn the model's founding date: a period must not end before it
     * @param today         in Vietnam's time zone
     */
    public static Checked<Valid> check(ReportForm form, LocalDate establishedOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        ReportPeriod period = period(form.period(), establishedOn, today, problems);

        long meetings = count(form.meetings(), "meetings", "số buổi sinh hoạt", problems);
        long mediations = count(form.mediations(), "mediations", "số vụ hòa giải", problems);
        long tipsReported = count(form.tipsReported(), "tipsReported", "số tin tố giác tội phạm", problems);
        long offendersSupported = count(form.offendersSupported(), "offendersSupported",
                "số người lầm lỗi được giúp đỡ", problems);
        long incidents = count(form.incidents(), "incidents", "số vụ việc về an ninh trật tự", problems);
        long members;
        if (form.membersAtPeriodEnd() == null) {
            problems.add(Problem.required("membersAtPeriodEnd", "số thành viên cuối kỳ", "members at period end"));
            members = 0;
        } else {
            members = count(form.membersAtPeriodEnd(), "membersAtPeriodEnd", "số thành viên cuối kỳ", problems);
        }

        String notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES_LENGTH) {
            problems.add(new Problem("notes", "Ghi chú dài quá " + MAX_NOTES_LENGTH + " ký tự",
                    "Notes are longer than " + MAX_NOTES_LENGTH + " characters"));
        }
        TextRules.lines("notes", form.notes(), "Ghi chú", "Notes").ifPresent(problems::add);

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(period, new ReportFigures(meetings, mediations, tipsReported, offendersSupported, incidents,
                members, notes)));
    }

    /** The period as submitted; null with a problem when it is missing, malformed or out of range. */
    private static ReportPeriod period(String submitted, LocalDate establishedOn, LocalDate today,
                                      List<Problem> problems) {
        String code = submitted == null ? null : submitted.strip();
        if (code == null || code.isEmpty()) {
            problems.add(Problem.required("period", "kỳ báo cáo (tháng YYYY-MM hoặc quý YYYY-Qn)",
                    "period (month YYYY-MM or quarter YYYY-Qn)"));
            return null;
        }
        ReportPeriod period;
        try {
            period = new ReportPeriod(code);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("period",
                    "Kỳ báo cáo không hợp lệ: " + code + " (cần tháng YYYY-MM, ví dụ 2024-05, hoặc quý YYYY-Qn, ví dụ 2024-Q2)",
                    "Malformed period: " + code + " (expected a month YYYY-MM such as 2024-05 or a quarter YYYY-Qn such as 2024-Q2)"));
            return null;
        }
        if (!BusinessDates.inRange(period.start()) || !BusinessDates.inRange(period.end())) {
            var outOfRange = BusinessDates.check(BusinessDates.inRange(period.start()) ? period.end() : period.start(),
                    "Kỳ báo cáo " + code + ": ngày", "Period " + code + ": the date").orElseThrow();
            problems.add(new Problem("period", outOfRange.messageVi(), outOfRange.messageEn()));
            return null;
        }
        if (period.start().isAfter(today)) {
            problems.add(new Problem("period",
                    "Kỳ báo cáo " + code + " ở tương lai: bắt đầu ngày " + period.start() + " (hôm nay là " + today + ")",
                    "Period " + code + " is in the future: it starts on " + period.start() + " (today is " + today + ")"));
            return null;
        }
        if (period.end().isBefore(establishedOn)) {
            problems.add(new Problem("period",
                    "Kỳ báo cáo " + code + " kết thúc ngày " + period.end() + ", trước khi mô hình được thành lập ("
                            + establishedOn + ")",
                    "Period " + code + " ends on " + period.end() + ", before the model was founded (" + establishedOn + ")"));
            return null;
        }
        return period;
    }

    /** {@link Problem#count} for this form's counts. */
    private static long count(Long value, String field, String nameVi, List<Problem> problems) {
        return Problem.count(value, MAX_COUNT, field, nameVi, "một mô hình trong một kỳ",
                "one model in one period", problems);
    }
}
