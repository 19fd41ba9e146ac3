package vn.antq.kit.security;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** What a user may do, carried in the token's {@code roles} claim. */
public enum Role implements Labelled {

    /** Records activities, models and awards for the user's own agency (cán bộ nhập liệu). */
    RECORDER("cán bộ nhập liệu", "recorder"),
    /** Decides on nominations and approves records of the user's own agency (người phê duyệt). */
    APPROVER("người phê duyệt", "approver"),
    /** Reads the combined analytics of every agency (cán bộ theo dõi, tổng hợp). */
    OPS("cán bộ theo dõi", "operations staff"),
    /** Manages reference data and rebuilds projections (quản trị hệ thống). */
    ADMIN("quản trị hệ thống", "administrator");

    private final Label label;

    Role(String labelVi, String labelEn) {
        this.label = new Label(labelVi, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The Spring Security authority, so that {@code hasRole('ADMIN')} works. */
    public String authority() {
        return "ROLE_" + name();
    }
}
