package vn.antq.contracts.period;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * What a unit reports for a period, each approved on its own as DHIS2 approves a data set per period and unit:
 * its activities (event-service) and its models' periodic reports (model-service). Each service holds the lock of
 * its own records, so no write in one service can depend on a decision the other has not seen yet.
 */
public enum DataSet implements Labelled {
    ACTIVITIES("Hoạt động tuyên truyền", "Outreach activities"),
    MODEL_REPORTS("Báo cáo định kỳ của mô hình", "Periodic reports of the models");

    private final Label label;

    DataSet(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
