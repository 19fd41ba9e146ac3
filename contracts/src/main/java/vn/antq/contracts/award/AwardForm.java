package vn.antq.contracts.award;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** The form of an award (hình thức khen thưởng). */
public enum AwardForm implements Labelled {
    CERTIFICATE_OF_MERIT("Bằng khen", "Certificate of Merit"),
    CERTIFICATE_OF_COMMENDATION("Giấy khen", "Certificate of Commendation"),
    PUBLIC_COMMENDATION("Biểu dương", "Public commendation");

    private final Label label;

    AwardForm(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
