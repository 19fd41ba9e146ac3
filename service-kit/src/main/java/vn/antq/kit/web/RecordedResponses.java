package vn.antq.kit.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the recording services, shaped once: a creation is {@code 201} with {@code Location} and the new
 * version's {@code ETag}; a read or a change is {@code 200} with the {@code ETag} of the version it shows; and an answer
 * that repeats what an earlier try of the same request did (an {@code Idempotency-Key} sent again) says so with
 * {@value #REPLAYED}{@code : true}.
 */
public final class RecordedResponses {

    /** The header of an answer given again to a retried request. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private RecordedResponses() {
    }

    /** 201, {@code Location: path}, the version's ETag; {@value #REPLAYED} when an earlier try created it. */
    public static <T> ResponseEntity<T> created(String path, long version, boolean replayed, T body) {
        return replayed(ResponseEntity.status(HttpStatus.CREATED).location(URI.create(path))
                .eTag(Etags.of(version)), replayed).body(body);
    }

    /** 201 and {@code Location: path} for a record without versions (reference data); {@value #REPLAYED} likewise. */
    public static <T> ResponseEntity<T> created(String path, boolean replayed, T body) {
        return replayed(ResponseEntity.status(HttpStatus.CREATED).location(URI.create(path)), replayed).body(body);
    }

    /** 200 with the ETag of the version the body shows. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ok(version, false, body);
    }

    /** 200 with the version's ETag; {@value #REPLAYED} when an earlier try of the same request made the change. */
    public static <T> ResponseEntity<T> ok(long version, boolean replayed, T body) {
        return replayed(ResponseEntity.ok().eTag(Etags.of(version)), replayed).body(body);
    }

    /**
     * For a request that creates the record or changes it (a report of a period, filed then corrected at the same
     * address): {@link #created(String, long, boolean, Object)} or {@link #ok(long, boolean, Object)}.
     */
    public static <T> ResponseEntity<T> createdOrOk(boolean created, String path, long version, boolean replayed,
                                                    T body) {
        return created ? created(path, version, replayed, body) : ok(version, replayed, body);
    }

    private static ResponseEntity.BodyBuilder replayed(ResponseEntity.BodyBuilder response, boolean replayed) {
        return replayed ? response.header(REPLAYED, "true") : response;
    }
}
