package vn.antq.kit.web;

/**
 * Conditional requests on versioned records: GET answers {@code ETag: "3"} for version 3, and a PUT or
 * DELETE must send it back in {@code If-Match}, so that a change made on a stale copy is refused.
 */
public final class Etags {

    private Etags() {
    }

    /** The strong ETag of a version, quoted: {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks {@code If-Match} against the record's current version and returns that version.
     * Missing: 428. {@code *} (alone or in a list): 428 too, since "any version" would let a change made on a
     * stale copy overwrite a newer one: a concrete ETag is required. Accepted: {@code "3"}, {@code W/"3"} (proxies
     * may weaken tags), a bare {@code 3} (people typing curl commands) and a list of tags.
     * Anything else: 412 naming the current version.
     */
    public static long requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String[] tags = ifMatch.split(",");
        for (String tag : tags) {
            if (tag.trim().equals("*")) {
                throw ApiException.preconditionRequired("problem.precondition-required.any-version");
            }
        }
        for (String tag : tags) {
            String candidate = tag.trim();
            if (candidate.equals(String.valueOf(currentVersion))
                    || unquoted(candidate).equals(String.valueOf(currentVersion))) {
                return currentVersion;
            }
        }
        throw ApiException.preconditionFailed(currentVersion);
    }

    private static String unquoted(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")) {
            return strong.substring(1, strong.length() - 1);
        }
        return "";
    }
}
