package vn.antq.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import vn.antq.testsupport.TestInfrastructureCondition;

/**
 * identity-service as a whole on a random port against the in-process MongoDB-wire server, its issuer taken from
 * each request's address. Every test class shares this one context; tests keep apart by their own usernames.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = IdentityServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + IdentityServiceApplication.CONFIG_NAME,
                "spring.mongodb.database=identity_it", "antq.identity.issuer="})
@ExtendWith(TestInfrastructureCondition.class)
@ContextConfiguration(initializers = InProcessMongoInitializer.class)
public @interface IdentityServiceTest {
}
