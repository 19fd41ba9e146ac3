package vn.antq.awards.award;

import static vn.antq.awards.Submitted.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/** The rules of a decision on a nomination, and of the reason given for a rejection or a revocation. */
public final class DecisionValidation {

    static final int MAX_ISSUER_LENGTH = 300;
    static final int MAX_DECISION_NO_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 2000;

    private DecisionValidation() {
    }

    /** What a valid decision form yields: an approval or a rejection. */
    public sealed interface Verdict permits Approval, Rejection {
    }

    public record Approval(Decision decision) implements Verdict {
    }

    public record Rejection(String reason) implements Verdict {
    }

    /** Fields that belong to the other outcome are refused rather than ignored: they show a confused client. */
    public static Checked<Verdict> check(DecisionForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (form.approve() == null) {
            problems.add(new Problem("approve", "Thiếu kết quả: approve = true (phê duyệt) hoặc false (không phê duyệt)",
                    "Missing outcome: approve = true or false"));
            return Checked.invalid(problems);
        }
        if (!form.approve()) {
            String reason = reason(form.reason(), problems);
            onlyWhenApproving("issuer", form.issuer() != null, problems);
            onlyWhenApproving("decisionNo", form.decisionNo() != null, problems);
            onlyWhenApproving("decidedOn", form.decidedOn() != null, problems);
            return problems.isEmpty() ? Checked.valid(new Rejection(reason)) : Checked.invalid(problems);
        }
        String issuer = text(form.issuer());
        if (issuer == null) {
            problems.add(new Problem("issuer", "Thiếu cấp ra quyết định (người ký)", "Missing issuer (who signed)"));
        } else if (issuer.length() > MAX_ISSUER_LENGTH) {
            problems.add(new Problem("issuer", "Cấp ra quyết định dài quá " + MAX_ISSUER_LENGTH + " ký tự",
                    "Issuer is longer than " + MAX_ISSUER_LENGTH + " characters"));
        }
        TextRules.singleLine("issuer", form.issuer(), "Cấp ra quyết định", "Issuer").ifPresent(problems::add);
        String decisionNo = text(form.decisionNo());
        if (decisionNo == null) {
            problems.add(new Problem("decisionNo", "Thiếu số quyết định", "Missing decision number"));
        } else if (decisionNo.length() > MAX_DECISION_NO_LENGTH) {
            problems.add(new Problem("decisionNo", "Số quyết định dài quá " + MAX_DECISION_NO_LENGTH + " ký tự",
                    "Decision number is longer than " + MAX_DECISION_NO_LENGTH + " characters"));
        }
        TextRules.singleLine("decisionNo", form.decisionNo(), "Số quyết định", "Decision number").ifPresent(problems::add);
        if (form.decidedOn() == null) {
            problems.add(new Problem("decidedOn", "Thiếu ngày quyết định", "Missing decision date"));
        } else if (!BusinessDates.inRange(form.decidedOn())) {
            var outOfRange = BusinessDates.check(form.decidedOn(), "Ngày quyết định", "Decision date").orElseThrow();
            problems.add(new Problem("decidedOn", outOfRange.messageVi(), outOfRange.messageEn()));
        } else if (form.decidedOn().isAfter(today)) {
            problems.add(new Problem("decidedOn",
                    "Ngày quyết định " + form.decidedOn() + " ở tương lai (hôm nay là " + today + ")",
                    "Decision date " + form.decidedOn() + " is in the future (today is " + today + ")"));
        }
        if (form.reason() != null) {
            problems.add(new Problem("reason", "Lý do chỉ ghi khi không phê duyệt",
                    "A reason is given only when rejecting"));
        }
        return problems.isEmpty() ? Checked.valid(new Approval(new Decision(issuer, decisionNo, form.decidedOn()))) : Checked.invalid(problems);
    }

    /** The reason for a rejection or revocation, required; null with a problem added when it is missing or too long. */
    public static String reason(String submitted, List<Problem> problems) {
        String reason = text(submitted);
        if (reason == null) {
            problems.add(new Problem("reason", "Thiếu lý do", "Missing reason"));
        } else if (reason.length() > MAX_REASON_LENGTH) {
            problems.add(new Problem("reason", "Lý do dài quá " + MAX_REASON_LENGTH + " ký tự",
                    "Reason is longer than " + MAX_REASON_LENGTH + " characters"));
        }
        TextRules.lines("reason", submitted, "Lý do", "Reason").ifPresent(problems::add);
        return reason;
    }

    private static void onlyWhenApproving(String field, boolean present, List<Problem> problems) {
        if (present) {
            problems.add(new Problem(field, "Chỉ ghi khi phê duyệt (approve = true)",
                    "Given only when approving (approve = true)"));
        }
    }
}
