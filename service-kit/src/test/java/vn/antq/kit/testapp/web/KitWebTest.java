package vn.antq.kit.testapp.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithTestInfrastructure;

/**
 * The sample service on a random port against the embedded Kafka and MongoDB. Every web and security
 * integration test uses exactly this configuration, so that they share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY, TestTokens.ISSUER_PROPERTY,
                "spring.application.name=kit-web-test",
                "spring.mongodb.database=kit_web_test",
                "management.endpoints.web.exposure.include=health,info,prometheus",
                "management.endpoint.health.show-components=always",
                // As the services set it; the kit still shows details to operators only.
                "management.endpoint.health.show-details=always"})
@WithTestInfrastructure
public @interface KitWebTest {
}
