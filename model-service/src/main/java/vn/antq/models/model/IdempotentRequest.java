package vn.antq.models.model;

import org.bson.Document;

/**
 * The POST that last wrote a record, kept in its document when the request carried an
 * {@code Idempotency-Key}, so that a retry of that same request is answered with what it did rather
 * than refused as stale or duplicate.
 *
 * @param key         the caller's key as {@code IdempotencyKeys.aggregateId} derives it (so per user)
 * @param fingerprint {@code IdempotencyKeys.fingerprint} of the request body
 */
public record IdempotentRequest(String key, String fingerprint) {

    public static final String FIELD = "lastRequest";

    /** Whether {@code retry} is this same request again. */
    public boolean isRepeatedBy(IdempotentRequest retry) {
        return retry != null && key.equals(retry.key()) && fingerprint.equals(retry.fingerprint());
    }

    /** Whether {@code other} reuses this request's key for a different body. */
    public boolean keyReusedBy(IdempotentRequest other) {
        return other != null && key.equals(other.key()) && !fingerprint.equals(other.fingerprint());
    }

    public static IdempotentRequest of(Document document) {
        return document == null ? null : new IdempotentRequest(document.getString("key"), document.getString("fingerprint"));
    }

    public static Document toDocument(IdempotentRequest request) {
        return request == null ? null : new Document("key", request.key()).append("fingerprint", request.fingerprint());
    }
}
