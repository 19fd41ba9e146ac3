package vn.antq.kit.web;

import java.util.OptionalInt;

/**
 * The characters no text of a request may hold, whatever the field: control characters other than tab, line feed
 * and carriage return (NUL, BEL, ESC, DEL, the C1 range), and lone UTF-16 surrogates, which are no character at
 * all (MongoDB would store U+FFFD in their place, so the record would differ from what was accepted). Which fields
 * may hold tabs and line breaks is each field's own rule ({@code TextRules} in the recording package).
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** The first refused code point of the text (a lone surrogate as itself), or empty when every one is allowed. */
    public static OptionalInt firstRefused(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isSurrogate((char) codePoint) && Character.charCount(codePoint) == 1
                    || isRefusedControl(codePoint)) {
                return OptionalInt.of(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return OptionalInt.empty();
    }

    /** How people and logs name a code point: {@code U+0007}. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isRefusedControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }
}
