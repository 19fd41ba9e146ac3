package vn.antq.gazetteer;

import java.util.Locale;
import java.util.Objects;

/** What is wrong with one field of a recorded locality, in Vietnamese and English. */
public record LocalityProblem(String field, String messageVi, String messageEn) {

    public static final String PROVINCE_FIELD = "locality.province";
    public static final String DISTRICT_FIELD = "locality.district";
    public static final String COMMUNE_FIELD = "locality.commune";

    public LocalityProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** English for an English locale, Vietnamese otherwise (the platform's default language). */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageVi;
    }
}
