package vn.antq.models;

/** One thing wrong with a submitted field, said in Vietnamese and in English. */
public record Problem(String field, String messageVi, String messageEn) {

    /** The field is missing; the names say what it is, e.g. "tên mô hình" / "model name". */
    public static Problem required(String field, String nameVi, String nameEn) {
        return new Problem(field, "Thiếu " + nameVi, "Missing " + nameEn);
    }
}
