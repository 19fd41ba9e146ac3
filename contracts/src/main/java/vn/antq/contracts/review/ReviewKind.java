package vn.antq.contracts.review;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

public enum ReviewKind implements Labelled {
    INTERIM("Sơ kết", "Interim review"),
    FINAL("Tổng kết", "Final review");

    private final Label label;

    ReviewKind(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
