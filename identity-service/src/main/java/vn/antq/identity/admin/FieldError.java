package vn.antq.identity.admin;

import java.util.Locale;

/** What is wrong with one field of a request, in both languages; rendered in the caller's. */
public record FieldError(String field, String vietnamese, String english) {

    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
