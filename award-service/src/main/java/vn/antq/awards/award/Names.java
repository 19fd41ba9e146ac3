package vn.antq.awards.award;

import java.text.Normalizer;
import java.util.Locale;

/** Names and numbers as they are compared, not as they are shown. */
final class Names {

    private Names() {
    }

    /**
     * A name as it is compared: Unicode composed (NFC), so that "Hà" typed two ways is one name, blanks collapsed,
     * lower case. Diacritics stay: "Hà" and "Ha" are different people.
     */
    static String comparable(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
