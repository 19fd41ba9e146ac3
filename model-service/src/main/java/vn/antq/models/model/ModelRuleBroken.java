package vn.antq.models.model;

import java.util.Map;

/**
 * A change the model's lifecycle does not allow: a conflict with its current state, not bad input.
 * Carries its explanation in Vietnamese and English, a stable code, and facts a client can act on
 * (e.g. the transitions that are allowed).
 */
public class ModelRuleBroken extends RuntimeException {

    private final String code;
    private final String messageVi;
    private final String messageEn;
    private final transient Map<String, Object> facts;

    public ModelRuleBroken(String code, String messageVi, String messageEn, Map<String, Object> facts) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.facts = Map.copyOf(facts);
    }

    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
