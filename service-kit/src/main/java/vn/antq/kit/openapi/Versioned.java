package vn.antq.kit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read of a versioned resource: its answer carries {@code ETag}, and a request whose {@code If-None-Match}
 * names the current version is answered 304 without a body. See {@link OperationConventions}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Versioned {
}
