package vn.antq.activities.activity;

/** One thing wrong with a submitted field, said in Vietnamese and in English. */
public record Problem(String field, String messageVi, String messageEn) {
}
