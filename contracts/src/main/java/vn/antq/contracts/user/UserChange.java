package vn.antq.contracts.user;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * What happened to an account. {@code EXISTING} announces, once, an account that existed before its changes were
 * published, so that a new consumer can count it.
 */
public enum UserChange implements Labelled {
    EXISTING("Tài khoản đã có", "Existing account"),
    CREATED("Tạo tài khoản", "Account created"),
    DISABLED("Vô hiệu hoá", "Disabled"),
    ENABLED("Kích hoạt lại", "Enabled"),
    ROLES_CHANGED("Đổi vai trò", "Roles changed"),
    LOCALITY_CHANGED("Đổi địa bàn", "Locality changed"),
    PASSWORD_RESET("Cấp lại mật khẩu", "Password reset"),
    SECOND_FACTOR_RESET("Đặt lại xác thực hai bước", "Second factor reset");

    private final Label label;

    UserChange(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
