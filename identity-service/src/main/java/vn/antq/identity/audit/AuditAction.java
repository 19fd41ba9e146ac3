package vn.antq.identity.audit;

import java.util.Locale;

/** Everything the audit log records, with its name in both languages. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED("Đăng nhập thành công", "Signed in"),
    SIGN_IN_FAILED("Đăng nhập thất bại", "Sign-in failed"),
    SIGN_IN_LOCKED("Đăng nhập khi tài khoản bị tạm khoá", "Sign-in while locked"),
    /** The password of an account with a second factor was right; the sign-in succeeds only with the code. */
    PASSWORD_ACCEPTED("Mật khẩu đúng, chờ mã xác thực", "Password accepted, code awaited"),
    SECOND_FACTOR_FAILED("Nhập sai mã xác thực hai bước", "Wrong second-factor code"),
    PASSWORD_CHANGED("Đổi mật khẩu", "Password changed"),
    ACCOUNT_CREATED("Tạo tài khoản", "Account created"),
    ACCOUNT_DISABLED("Vô hiệu hoá tài khoản", "Account disabled"),
    ACCOUNT_ENABLED("Kích hoạt lại tài khoản", "Account enabled"),
    PASSWORD_RESET("Cấp lại mật khẩu", "Password reset"),
    ROLES_CHANGED("Đổi vai trò", "Roles changed"),
    LOCALITY_CHANGED("Đổi địa bàn", "Locality changed"),
    SECOND_FACTOR_ENROLLED("Đăng ký xác thực hai bước", "Second factor enrolled"),
    SECOND_FACTOR_RESET("Huỷ đăng ký xác thực hai bước", "Second factor reset"),
    CLIENT_CREATED("Tạo ứng dụng kết nối", "Machine client created"),
    CLIENT_DELETED("Xoá ứng dụng kết nối", "Machine client deleted");

    private final String vietnamese;
    private final String english;

    AuditAction(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
