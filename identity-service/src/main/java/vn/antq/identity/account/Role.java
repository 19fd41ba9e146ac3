package vn.antq.identity.account;

import java.util.Locale;

/** What a person may do on the platform (vai trò); the names are the {@code roles} claim of their tokens. */
public enum Role {
    RECORDER("Cập nhật hoạt động", "Recorder"),
    APPROVER("Phê duyệt", "Approver"),
    OPS("Theo dõi", "Operations"),
    ADMIN("Quản trị", "Administrator");

    private final String vietnamese;
    private final String english;

    Role(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }

    /** ADMIN and APPROVER sign in with a second factor. */
    public boolean needsSecondFactor() {
        return this == ADMIN || this == APPROVER;
    }
}
