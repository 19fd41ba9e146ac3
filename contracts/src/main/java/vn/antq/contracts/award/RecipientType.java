package vn.antq.contracts.award;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

public enum RecipientType implements Labelled {
    COLLECTIVE("Tập thể", "Collective"),
    INDIVIDUAL("Cá nhân", "Individual");

    private final Label label;

    RecipientType(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
