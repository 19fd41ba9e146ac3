package vn.antq.contracts.period;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * Where a unit's report of one period stands. SUBMITTED and APPROVED are locked: no record of the period can be
 * written. RETURNED and OPEN (after an unlock) take writes again.
 */
public enum PeriodState implements Labelled {
    OPEN("Đang cập nhật", "Open"),
    SUBMITTED("Đã gửi, chờ phê duyệt", "Submitted, awaiting approval"),
    APPROVED("Đã phê duyệt", "Approved"),
    RETURNED("Bị trả lại để sửa", "Returned for correction");

    private final Label label;

    PeriodState(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether records of a period in this state may not be written. */
    public boolean locked() {
        return this == SUBMITTED || this == APPROVED;
    }
}
