package vn.antq.awards.award;

import java.util.List;

import vn.antq.contracts.award.AwardStatus;

/** A step asked of an award whose status does not allow it (a conflict); knows what the status does allow. */
public class StepNotAllowed extends RuntimeException {

    private final transient Award.Step step;
    private final AwardStatus status;
    private final transient List<Award.Step> allowed;

    public StepNotAllowed(Award.Step step, AwardStatus status, List<Award.Step> allowed) {
        super("Cannot " + step.labelEn() + " an award that is " + status + "; allowed: " + allowed);
        this.step = step;
        this.status = status;
        this.allowed = List.copyOf(allowed);
    }

    public Award.Step step() {
        return step;
    }

    public AwardStatus status() {
        return status;
    }

    public List<Award.Step> allowed() {
        return allowed;
    }

    public String messageVi() {
        String next = allowed.isEmpty() ? "không còn bước nào tiếp theo"
                : "chỉ có thể " + String.join(" hoặc ", allowed.stream().map(Award.Step::labelVi).toList());
        return "Không thể " + step.labelVi() + " khen thưởng đang ở trạng thái \"" + status.labelVi() + "\" ("
                + status + "); từ trạng thái này " + next;
    }

    public String messageEn() {
        String next = allowed.isEmpty() ? "no further step is possible"
                : "you can only " + String.join(" or ", allowed.stream().map(Award.Step::labelEn).toList()) + " it";
        return "Cannot " + step.labelEn() + " an award that is " + status.labelEn() + " (" + status
                + "); from this status " + next;
    }
}
