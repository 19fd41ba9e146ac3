package vn.antq.contracts.activity;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

public enum ActivityStatus implements Labelled {
    RECORDED("Đã ghi nhận", "Recorded"),
    CANCELLED("Đã hủy", "Cancelled");

    private final Label label;

    ActivityStatus(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
