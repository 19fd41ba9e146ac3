package vn.antq.kit.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * {@code Idempotency-Key} on POST without a key store: the key, with the caller's identity, names the id
 * of the record to create. A retried POST therefore targets the same id, the store's unique {@code _id}
 * makes it create nothing new, and the service answers with what the first attempt stored. Keep the
 * request's {@link #fingerprint} with the record to refuse the same key reused for another request.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    public static final int MAX_LENGTH = 200;

    private static final String NAMESPACE = "antq:idempotency:v1";

    /** Sorted keys, so that equal requests give equal JSON whatever the order of their fields. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private IdempotencyKeys() {
    }

    /**
     * The id of the record a POST creates: random without a key; with one, derived from (subject, agency,
     * key), so that another user's identical key names another record.
     */
    public static String aggregateId(AntqUser user, String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        requireValid(idempotencyKey);
        String name = NAMESPACE + '\n' + lengthPrefixed(user.subject()) + lengthPrefixed(user.agency()) + idempotencyKey;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** 400 unless the key is 1 to 200 printable ASCII characters. */
    public static void requireValid(String idempotencyKey) {
        if (!isValid(idempotencyKey)) {
            throw ApiException.badRequest(
                    FieldProblem.coded(HEADER, "validation.idempotency-key", MAX_LENGTH));
        }
    }

    /** The {@value #HEADER} header's check, before anything else: 400 unless it is absent or valid. */
    public static void requireValidIfPresent(String idempotencyKey) {
        if (idempotencyKey != null) {
            requireValid(idempotencyKey);
        }
    }

    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** SHA-256 (hex) of the request's canonical JSON: equal requests, equal fingerprints. */
    public static String fingerprint(Object requestBody) {
        byte[] json = CANONICAL.writeValueAsBytes(requestBody);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** 422 when a key comes back with another request than the one it first created a record for. */
    public static void requireSameRequest(String storedFingerprint, String fingerprint) {
        if (!storedFingerprint.equals(fingerprint)) {
            throw keyReusedForAnotherRequest();
        }
    }

    public static ApiException keyReusedForAnotherRequest() {
        return ApiException.unprocessable("problem.idempotency-key.reused");
    }

    private static String lengthPrefixed(String value) {
        return value.length() + ":" + value + '\n';
    }
}
