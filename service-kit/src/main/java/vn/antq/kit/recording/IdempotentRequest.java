package vn.antq.kit.recording;

import org.bson.Document;
import vn.antq.kit.security.AntqUser;

/**
 * A write request that carried an {@code Idempotency-Key}, kept in the aggregate's document so that a retry of the
 * same request is answered with what it did, and the same key reused for another body is refused (422). One format
 * for every aggregate: {@value #CREATION} holds the request that created the aggregate, {@value #LAST} the last keyed
 * request that wrote it (where later writes take a key too), each {@code {key, fingerprint}}.
 *
 * <p>Documents written before this format are read as they are (migrated on read, never rewritten): a top-level
 * {@code fingerprint} string (activities, reviews, awards: the key is the document's id, derived from the key) and a
 * {@code registration} sub-document (models) are both the creation request.
 *
 * @param key         the caller's key as {@link IdempotencyKeys#aggregateId} derives it (so per user)
 * @param fingerprint {@link IdempotencyKeys#fingerprint} of the request body
 */
public record IdempotentRequest(String key, String fingerprint) {

    public static final String CREATION = "creation";
    public static final String LAST = "lastRequest";
    static final String LEGACY_FINGERPRINT = "fingerprint";
    static final String LEGACY_REGISTRATION = "registration";

    /** The request for a new aggregate with id {@code id}: its key is the id, derived from the caller's key. */
    public static IdempotentRequest creating(String id, Object requestBody) {
        return new IdempotentRequest(id, IdempotencyKeys.fingerprint(requestBody));
    }

    /**
     * The request of a write that carried {@code idempotencyKey}, its key derived per user as
     * {@link IdempotencyKeys#aggregateId} does; null without a key.
     */
    public static IdempotentRequest keyed(AntqUser user, String idempotencyKey, Object requestBody) {
        return idempotencyKey == null ? null : new IdempotentRequest(IdempotencyKeys.aggregateId(user, idempotencyKey),
                IdempotencyKeys.fingerprint(requestBody));
    }

    /** Whether {@code retry} is this same request again. */
    public boolean isRepeatedBy(IdempotentRequest retry) {
        return retry != null && key.equals(retry.key()) && fingerprint.equals(retry.fingerprint());
    }

    /** Whether {@code other} reuses this request's key for a different body. */
    public boolean keyReusedBy(IdempotentRequest other) {
        return other != null && key.equals(other.key()) && !fingerprint.equals(other.fingerprint());
    }

    /** 422 unless {@code retry} has this request's body. */
    public void requireSameBodyAs(IdempotentRequest retry) {
        IdempotencyKeys.requireSameRequest(fingerprint, retry.fingerprint());
    }

    public Document toDocument() {
        return new Document("key", key).append("fingerprint", fingerprint);
    }

    /** The stored form of {@code request}; null for none. */
    public static Document toDocument(IdempotentRequest request) {
        return request == null ? null : request.toDocument();
    }

    /** {@code state} with the request stored as {@code field} ({@value #CREATION} or {@value #LAST}); none when null. */
    public static Document append(Document state, String field, IdempotentRequest request) {
        return request == null ? state : state.append(field, request.toDocument());
    }

    /** The request that created the aggregate stored in {@code document}, in this format or an earlier one; or null. */
    public static IdempotentRequest creationOf(Document document) {
        IdempotentRequest creation = of(document.get(CREATION, Document.class));
        if (creation != null) {
            return creation;
        }
        IdempotentRequest registration = of(document.get(LEGACY_REGISTRATION, Document.class));
        if (registration != null) {
            return registration;
        }
        String fingerprint = document.getString(LEGACY_FINGERPRINT);
        return fingerprint == null ? null : new IdempotentRequest(String.valueOf(document.get("_id")), fingerprint);
    }

    /** The last keyed request that wrote the aggregate stored in {@code document}; or null. */
    public static IdempotentRequest lastOf(Document document) {
        return of(document.get(LAST, Document.class));
    }

    private static IdempotentRequest of(Document stored) {
        return stored == null ? null : new IdempotentRequest(stored.getString("key"), stored.getString("fingerprint"));
    }
}
