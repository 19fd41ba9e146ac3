package vn.antq.activities.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template writes each coded choice and each column heading as words followed by the code in brackets
 * ("Họp dân ở thôn, tổ dân phố (VILLAGE_MEETING)", "Tên hoạt động (title)", a material's title and its id), so that a
 * clerk reads words and the file still names codes. A cell or heading ending in a bracketed code stands for that code; anything else is
 * taken as written.
 */
final class Coded {

    private static final Pattern TRAILING_CODE = Pattern.compile(".*\\(\\s*([A-Za-z0-9][A-Za-z0-9_-]*)\\s*\\)\\s*\\z",
            Pattern.DOTALL);

    private Coded() {
    }

    static String code(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = TRAILING_CODE.matcher(value);
        return matcher.matches() ? matcher.group(1) : value;
    }

    /** How the template writes a choice: its words, then its code in brackets. */
    static String choice(String words, String code) {
        return words + " (" + code + ")";
    }
}
