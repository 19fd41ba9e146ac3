package vn.antq.kit.recording;

/**
 * One thing wrong with a submitted field, said in Vietnamese and in English. Plain Java, so that an aggregate's
 * validation stays domain code; the web layer turns it into a {@code FieldProblem} of a problem+json answer.
 *
 * @param field the JSON path ({@code locality.commune}, {@code partnerAgencies[1]}), or null for the whole request
 */
public record Problem(String field, String messageVi, String messageEn) {

    /** The field is missing; the names say what it is, e.g. "tên mô hình" / "model name". */
    public static Problem required(String field, String nameVi, String nameEn) {
        return new Problem(field, "Thiếu " + nameVi, "Missing " + nameEn);
    }
}
