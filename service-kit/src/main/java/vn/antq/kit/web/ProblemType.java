package vn.antq.kit.web;

import java.net.URI;

/**
 * The kinds of problem the services answer with; each has a stable {@code type} URI that clients may
 * switch on, and a title resolved from {@code problem.<slug>.title} in the user's language.
 */
public enum ProblemType {

    VALIDATION("validation"),
    MALFORMED_JSON("malformed-json"),
    BAD_REQUEST("bad-request"),
    UNAUTHENTICATED("unauthenticated"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("not-found"),
    METHOD_NOT_ALLOWED("method-not-allowed"),
    NOT_ACCEPTABLE("not-acceptable"),
    CONFLICT("conflict"),
    PRECONDITION_FAILED("precondition-failed"),
    PAYLOAD_TOO_LARGE("payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
    UNPROCESSABLE("unprocessable"),
    PRECONDITION_REQUIRED("precondition-required"),
    INTERNAL("internal"),
    UNAVAILABLE("unavailable");

    private static final String BASE = "https://antq.vn/problems/";

    private final String slug;

    ProblemType(String slug) {
        this.slug = slug;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    /** Message code of the title, e.g. {@code problem.validation.title}. */
    public String titleCode() {
        return "problem." + slug + ".title";
    }

    /** Message code of the generic detail, for when nothing more specific is known. */
    public String detailCode() {
        return "problem." + slug + ".detail";
    }

    /** The type for a status that arrives without a more specific cause. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> PRECONDITION_REQUIRED;
            case 503 -> UNAVAILABLE;
            default -> status < 500 ? BAD_REQUEST : INTERNAL;
        };
    }
}
