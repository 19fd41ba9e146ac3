package vn.antq.activities;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithTestInfrastructure;

/** The real event-service on a random port, against the in-process Kafka broker and MongoDB-wire server. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EventServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + EventServiceApplication.CONFIG_NAME,
                TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY,
                TestTokens.ISSUER_PROPERTY})
@WithTestInfrastructure
public @interface EventServiceTest {
}
