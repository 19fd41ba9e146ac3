package vn.antq.contracts.period;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** What one period event did. */
public enum PeriodStep implements Labelled {
    SUBMITTED("Gửi báo cáo", "Submitted"),
    APPROVED("Phê duyệt", "Approved"),
    RETURNED("Trả lại", "Returned"),
    UNLOCKED("Mở khóa", "Unlocked");

    private final Label label;

    PeriodStep(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The state this step leaves the period in. */
    public PeriodState state() {
        return switch (this) {
            case SUBMITTED -> PeriodState.SUBMITTED;
            case APPROVED -> PeriodState.APPROVED;
            case RETURNED -> PeriodState.RETURNED;
            case UNLOCKED -> PeriodState.OPEN;
        };
    }
}
