package vn.antq.contracts.award;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** Where an award is in its life: nominated, then approved or rejected, then conferred, and possibly revoked. */
public enum AwardStatus implements Labelled {
    NOMINATED("Đề nghị", "Nominated"),
    APPROVED("Đã phê duyệt", "Approved"),
    REJECTED("Không phê duyệt", "Rejected"),
    CONFERRED("Đã trao tặng", "Conferred"),
    REVOKED("Đã thu hồi", "Revoked");

    private final Label label;

    AwardStatus(String vi, String en) {
        this.label = new Label(vi, en);
    }

    /** Whether an award in this status rests on a decision, and so carries issuer, decisionNo and decidedOn. */
    public boolean decided() {
        return this == APPROVED || this == CONFERRED || this == REVOKED;
    }

    /** Whether an award in this status must say why (lý do). */
    public boolean needsReason() {
        return this == REJECTED || this == REVOKED;
    }

    @Override
    public Label label() {
        return label;
    }
}
