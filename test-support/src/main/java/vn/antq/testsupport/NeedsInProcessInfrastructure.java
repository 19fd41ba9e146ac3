package vn.antq.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that stops and restarts the in-process broker or MongoDB-wire server ({@link EmbeddedInfrastructure}): it
 * runs only when the {@link TestInfrastructure} switch is {@code embedded}, and is skipped, saying so, otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestInfrastructureCondition.class)
public @interface NeedsInProcessInfrastructure {
}
