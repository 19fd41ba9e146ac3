package vn.antq.identity.admin;

import java.util.List;

/**
 * A request an administrator may not make or got wrong; nothing was changed. {@code status} is the HTTP status it
 * answers with (400 bad fields, 403 not allowed, 404 no such account, 409 taken).
 */
public class AdministrationRefused extends RuntimeException {

    private final int status;
    private final String vietnamese;
    private final String english;
    private final List<FieldError> errors;

    public AdministrationRefused(int status, String vietnamese, String english, List<FieldError> errors) {
        super(english);
        this.status = status;
        this.vietnamese = vietnamese;
        this.english = english;
        this.errors = List.copyOf(errors);
    }

    static AdministrationRefused invalid(List<FieldError> errors) {
        return new AdministrationRefused(400, "Yêu cầu có trường không hợp lệ.", "Some fields of the request are invalid.",
                errors);
    }

    static AdministrationRefused noSuchAccount(String username) {
        return new AdministrationRefused(404, "Không có tài khoản " + username + " trong cơ quan của bạn.",
                "There is no account " + username + " in your agency.", List.of());
    }

    public int status() {
        return status;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
