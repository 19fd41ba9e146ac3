package vn.antq.contracts.common;

/** How an activity reaches people (hình thức tuyên truyền). */
public enum Channel implements Labelled {
    DIRECT("Trực tiếp", "Direct"),
    ONLINE("Trực tuyến", "Online"),
    BROADCAST("Phát thanh", "Broadcast"),
    PRINT("Ấn phẩm", "Print");

    private final Label label;

    Channel(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
