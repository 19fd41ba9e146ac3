package vn.antq.contracts.common;

import java.util.Locale;

/** Something shown to users under a Vietnamese and an English name. */
public interface Labelled {

    Label label();

    default String labelVi() {
        return label().vi();
    }

    default String labelEn() {
        return label().en();
    }

    default String label(Locale locale) {
        return label().in(locale);
    }
}
