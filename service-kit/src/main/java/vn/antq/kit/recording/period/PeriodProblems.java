package vn.antq.kit.recording.period;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.PeriodState;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;

/**
 * The answers that explain a period's lock and its steps, in Vietnamese and English, naming the unit, the period, who
 * and when as a reader writes them ("tháng 5/2024", "lúc 14:05 ngày 04 tháng 12 năm 2026").
 */
final class PeriodProblems {

    private final Gazetteer gazetteer;

    PeriodProblems(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** 409: a write in a submitted or approved period. */
    PeriodRefused locked(Period period) {
        PeriodKey key = period.key();
        String vi;
        String en;
        if (period.state() == PeriodState.APPROVED) {
            vi = "Kỳ báo cáo " + periodVi(key.period()) + " của " + unitName(key) + " đã được " + period.decidedBy()
                    + " phê duyệt " + whenVi(period.decidedAt()) + " nên không thể ghi mới, sửa hay hủy bản ghi của kỳ này."
                    + " Nếu cần thay đổi, hãy đề nghị cấp phê duyệt mở khóa kỳ báo cáo.";
            en = "The " + periodEn(key.period()) + " report of " + unitName(key) + " was approved by "
                    + period.decidedBy() + " " + whenEn(period.decidedAt()) + ", so no record of that period can be"
                    + " added, changed or cancelled. To change it, ask the approver to unlock the period.";
        } else {
            vi = "Kỳ báo cáo " + periodVi(key.period()) + " của " + unitName(key) + " đã được " + period.submittedBy()
                    + " gửi " + whenVi(period.submittedAt()) + " và đang chờ phê duyệt nên không thể ghi mới, sửa hay"
                    + " hủy bản ghi của kỳ này. Nếu cần sửa, hãy đề nghị cấp phê duyệt trả lại báo cáo.";
            en = "The " + periodEn(key.period()) + " report of " + unitName(key) + " was submitted by "
                    + period.submittedBy() + " " + whenEn(period.submittedAt()) + " and awaits approval, so no record"
                    + " of that period can be added, changed or cancelled. To correct it, ask the approver to return it.";
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("period", period.id());
        properties.put("periodState", period.state().name());
        if (period.state() == PeriodState.APPROVED) {
            properties.put("approvedBy", period.decidedBy());
            properties.put("approvedAt", period.decidedAt().toString());
        } else {
            properties.put("submittedBy", period.submittedBy());
            properties.put("submittedAt", period.submittedAt().toString());
        }
        return new PeriodRefused(Text.of(vi, en), properties);
    }

    /** 409: a write while the period's report is being submitted (a moment). */
    PeriodRefused beingSubmitted(PeriodKey key) {
        return new PeriodRefused(Text.of(
                "Kỳ báo cáo " + periodVi(key.period()) + " của " + unitName(key) + " đang được gửi duyệt nên không thể"
                        + " ghi thêm bản ghi của kỳ này.",
                "The " + periodEn(key.period()) + " report of " + unitName(key) + " is being submitted, so no record"
                        + " of that period can be written."),
                Map.of("period", key.id(), "periodState", "SUBMITTING"));
    }

    /** 409: a step the period's state does not allow. */
    ApiException stepRefused(Period period, String step) {
        String stateVi = period.state().label().vi().toLowerCase(new Locale("vi"));
        String stateEn = period.state().label().en().toLowerCase(Locale.ENGLISH);
        String[] words = STEPS.get(step);
        return new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT, Text.of(
                "Không thể " + words[0] + " kỳ báo cáo " + periodVi(period.reportPeriod()) + " của " + unitName(period.key())
                        + ": kỳ này đang ở trạng thái \u201c" + stateVi + "\u201d.",
                "The " + periodEn(period.reportPeriod()) + " report of " + unitName(period.key()) + " cannot be "
                        + words[1] + ": it is " + stateEn + "."),
                List.of(), Map.of("period", period.id(), "periodState", period.state().name()), HttpHeaders.EMPTY);
    }

    private static final Map<String, String[]> STEPS = Map.of(
            "submit", new String[] {"gửi", "submitted"},
            "approve", new String[] {"phê duyệt", "approved"},
            "return", new String[] {"trả lại", "returned"},
            "unlock", new String[] {"mở khóa", "unlocked"});

    /** 403: who may take a step, and why this caller may not. */
    static ApiException forbidden(String vi, String en) {
        return ApiException.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, vi, en);
    }

    String unitName(PeriodKey key) {
        return gazetteer.resolve(key.unitCode(), key.period().start()) instanceof Resolution.Resolved resolved
                ? resolved.path().mostSpecific().name() : key.unitCode();
    }

    static String periodVi(ReportPeriod period) {
        String code = period.code();
        return code.charAt(5) == 'Q' ? "quý " + code.charAt(6) + "/" + code.substring(0, 4)
                : "tháng " + Integer.parseInt(code.substring(5)) + "/" + code.substring(0, 4);
    }

    static String periodEn(ReportPeriod period) {
        String code = period.code();
        return code.charAt(5) == 'Q' ? "Q" + code.charAt(6) + " " + code.substring(0, 4)
                : period.start().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + code.substring(0, 4);
    }

    static String whenVi(Instant at) {
        ZonedDateTime t = at.atZone(VietnamTime.ZONE);
        return String.format("lúc %02d:%02d ngày %02d tháng %02d năm %d", t.getHour(), t.getMinute(), t.getDayOfMonth(),
                t.getMonthValue(), t.getYear());
    }

    static String whenEn(Instant at) {
        ZonedDateTime t = at.atZone(VietnamTime.ZONE);
        return String.format("at %02d:%02d on %d %s %d", t.getHour(), t.getMinute(), t.getDayOfMonth(),
                t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), t.getYear());
    }
}
