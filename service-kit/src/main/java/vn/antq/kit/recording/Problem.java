package vn.antq.kit.recording;

import java.util.List;

/**
 * One thing wrong with a submitted field, said in Vietnamese and in English. Plain Java, so that an aggregate's
 * validation stays domain code; the web layer turns it into a {@code FieldProblem} of a problem+json answer.
 *
 * @param field the JSON path ({@code locality.commune}, {@code partnerAgencies[1]}), or null for the whole request
 */
public record Problem(String field, String messageVi, String messageEn) {

    /**
     * A count as a request gives it: 0 when absent; a problem, and 0, when it is negative or above {@code max}, a limit
     * {@code perVi} and {@code perEn} say what for ("một xã trong một tháng", "one commune in one month").
     */
    public static long count(Long value, long max, String field, String nameVi, String perVi, String perEn,
                             List<Problem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            problems.add(new Problem(field, "Không được âm: " + nameVi + " = " + value,
                    "Must not be negative: " + field + " = " + value));
            return 0;
        }
        if (value > max) {
            problems.add(new Problem(field, "Quá lớn cho " + perVi + ": " + nameVi + " = " + value,
                    "Too large for " + perEn + ": " + field + " = " + value));
            return 0;
        }
        return value;
    }

    /** The field is missing; the names say what it is, e.g. "tên mô hình" / "model name". */
    public static Problem required(String field, String nameVi, String nameEn) {
        return new Problem(field, "Thiếu " + nameVi, "Missing " + nameEn);
    }
}
