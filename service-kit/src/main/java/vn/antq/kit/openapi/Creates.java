package vn.antq.kit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that creates a resource: its OpenAPI description answers {@link #status()} (201, or 202 for work
 * that goes on after the answer) with {@code Location}, and with {@code ETag} when {@link #etag()}. A creating
 * handler that also takes an optional {@code If-Match} corrects the existing resource with it (200, 412), so its
 * {@code If-Match} stays optional. See {@link OperationConventions}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Creates {

    /** The status of a created answer: 201 Created, or 202 Accepted. */
    int status() default 201;

    /** Whether the answer carries the new resource's {@code ETag}. */
    boolean etag() default true;

    /**
     * Whether sending the same request again answers the same creation with {@code Idempotent-Replayed: true}
     * even without an {@code Idempotency-Key} (the resource is named by the request).
     */
    boolean replays() default false;
}
