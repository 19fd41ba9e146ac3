package vn.antq.identity.account;

import java.util.Locale;

import vn.antq.contracts.common.Vocabulary;

/**
 * What a person may do on the platform (vai trò); the names are the {@code roles} claim of their tokens, and the words
 * a person reads for them are the one catalogue's ({@link Vocabulary#ROLE}).
 */
public enum Role {
    RECORDER,
    APPROVER,
    OPS,
    ADMIN;

    public String label(Locale locale) {
        return Vocabulary.find(Vocabulary.ROLE, name()).orElseThrow().in(locale);
    }

    /** ADMIN and APPROVER sign in with a second factor. */
    public boolean needsSecondFactor() {
        return this == ADMIN || this == APPROVER;
    }
}
