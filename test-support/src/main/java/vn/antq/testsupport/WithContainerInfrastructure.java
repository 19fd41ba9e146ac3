package vn.antq.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Runs a Spring Boot test against real MongoDB and Kafka containers ({@link ContainerInfrastructure}).
 * Without a Docker engine the whole class is skipped, visibly, before any context is built.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Testcontainers(disabledWithoutDocker = true)
@ContextConfiguration(initializers = ContainerInfrastructureInitializer.class)
public @interface WithContainerInfrastructure {
}
