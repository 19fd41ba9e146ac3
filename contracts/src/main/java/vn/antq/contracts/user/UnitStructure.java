package vn.antq.contracts.user;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** Which administrative structure a unit code belongs to (cơ cấu hành chính). */
public enum UnitStructure implements Labelled {
    Y2019("Cơ cấu 2019-2024", "2019-2024 structure"),
    Y2025("Cơ cấu từ 01/7/2025", "Structure from 1 July 2025");

    private final Label label;

    UnitStructure(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
