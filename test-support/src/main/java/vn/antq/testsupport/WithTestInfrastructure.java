package vn.antq.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against the Kafka broker and MongoDB server the {@link TestInfrastructure} switch chose:
 * the in-process ones by default. Put it next to {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestInfrastructureCondition.class)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
public @interface WithTestInfrastructure {
}
