package vn.antq.contracts.common;

/** The level at which an agency works; BRANCH is the village branch (chi hội / thôn). */
public enum Level implements Labelled {
    PROVINCE("Tỉnh", "Province"),
    DISTRICT("Huyện", "District"),
    COMMUNE("Xã", "Commune"),
    BRANCH("Chi hội / thôn", "Branch / village");

    private final Label label;

    Level(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
