package vn.antq.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithTestInfrastructure;

/**
 * The real model-service on a random port, against the in-process Kafka broker and MongoDB-wire server.
 * Every integration test uses exactly this, so that they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ModelServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + ModelServiceApplication.CONFIG_NAME,
                TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY,
                TestTokens.ISSUER_PROPERTY})
@WithTestInfrastructure
public @interface ModelServiceTest {
}
