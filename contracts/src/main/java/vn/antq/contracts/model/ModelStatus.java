package vn.antq.contracts.model;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

public enum ModelStatus implements Labelled {
    ACTIVE("Đang hoạt động", "Active"),
    SUSPENDED("Tạm ngừng hoạt động", "Suspended"),
    DISSOLVED("Đã giải thể", "Dissolved");

    private final Label label;

    ModelStatus(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
