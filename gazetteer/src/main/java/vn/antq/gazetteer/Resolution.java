package vn.antq.gazetteer;

/** The answer to "what unit does this code name?": a path, or the reason there is none. */
public sealed interface Resolution permits Resolution.Resolved, Resolution.Unknown {

    default boolean isResolved() {
        return this instanceof Resolved;
    }

    record Resolved(AdminPath path) implements Resolution {
    }

    /** The code names no unit of the structure asked for; the reason is English, for logs and developers. */
    record Unknown(String code, String reason) implements Resolution {
    }
}
