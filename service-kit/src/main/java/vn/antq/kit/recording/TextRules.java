package vn.antq.kit.recording;

import java.util.Optional;
import java.util.OptionalInt;

import vn.antq.kit.web.TextCharacters;

/**
 * What the characters of a free-text field may be, the same in the JSON API and the spreadsheet import. No text
 * holds a control character other than tab and line breaks, nor a lone surrogate ({@link TextCharacters}; the JSON
 * reader already refuses them, the import relies on this). On top of that a field is either one line (a title, a
 * name, a village, a decision's issuer and number: no tab and no line break, as they are shown in lists, headings
 * and spreadsheet cells) or lines (notes, reasons: tab, line feed and carriage return allowed).
 */
public final class TextRules {

    private TextRules() {
    }

    /** What is wrong with a one-line text, naming the field as people know it ("Tên hoạt động" / "Title"). */
    public static Optional<Problem> singleLine(String field, String value, String nameVi, String nameEn) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Problem> refused = refusedCharacter(field, value, nameVi, nameEn);
        if (refused.isPresent()) {
            return refused;
        }
        if (value.chars().anyMatch(TextRules::breaksTheLine)) {
            return Optional.of(new Problem(field,
                    nameVi + " phải viết trên một dòng, không có dấu xuống dòng hay ký tự tab",
                    nameEn + " must be a single line, without line breaks or tabs"));
        }
        return Optional.empty();
    }

    /** What is wrong with a text of several lines (notes, a reason); empty when missing or fine. */
    public static Optional<Problem> lines(String field, String value, String nameVi, String nameEn) {
        return value == null ? Optional.empty() : refusedCharacter(field, value, nameVi, nameEn);
    }

    private static Optional<Problem> refusedCharacter(String field, String value, String nameVi, String nameEn) {
        OptionalInt refused = TextCharacters.firstRefused(value);
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        String character = TextCharacters.name(refused.getAsInt());
        return Optional.of(new Problem(field,
                nameVi + " có ký tự không được phép (" + character + "): ký tự điều khiển hoặc ký tự Unicode bị hỏng",
                nameEn + " contains a character that is not allowed (" + character
                        + "): a control character or a broken Unicode character"));
    }

    /** Tab, line feed, carriage return, and the Unicode line and paragraph separators. */
    private static boolean breaksTheLine(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
