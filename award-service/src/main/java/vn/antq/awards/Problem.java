package vn.antq.awards;

/** One thing wrong with a submitted field, said in Vietnamese and in English. */
public record Problem(String field, String messageVi, String messageEn) {

    public static Problem missing(String field, String nameVi, String nameEn) {
        return new Problem(field, "Thiếu " + nameVi, "Missing " + nameEn);
    }
}
