package vn.antq.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against the in-process Kafka broker and MongoDB-wire server
 * ({@link EmbeddedInfrastructure}). Put it next to {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public @interface WithEmbeddedInfrastructure {
}
