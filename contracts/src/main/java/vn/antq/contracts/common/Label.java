package vn.antq.contracts.common;

import java.util.Locale;

/** A user-facing name in Vietnamese and English. */
public record Label(String vi, String en) {

    public Label {
        Invariants.requireText(vi, "vi");
        Invariants.requireText(en, "en");
    }

    /** English for an English locale, Vietnamese for any other or none: users read Vietnamese by default. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }
}
