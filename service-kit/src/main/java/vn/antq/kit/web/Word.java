package vn.antq.kit.web;

import org.springframework.context.MessageSourceResolvable;

import vn.antq.contracts.common.Vocabulary;

/**
 * A message argument naming one code of the catalogue in the reader's language: "Hội Liên hiệp Phụ nữ" in Vietnamese,
 * "Women's Union" in English for the agency WOMEN_UNION. A code the catalogue does not name (an agency configured
 * beside the four known ones) stays as it is.
 */
public record Word(String dimension, String code) implements MessageSourceResolvable {

    static final String PREFIX = "vocabulary.word.";

    /** An agency by its words. */
    public static Word agency(String code) {
        return new Word(Vocabulary.AGENCY, code);
    }

    @Override
    public String[] getCodes() {
        return new String[] {PREFIX + dimension + "." + code};
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
