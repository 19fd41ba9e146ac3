package vn.antq.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import vn.antq.kit.security.JwtIssuer;
import vn.antq.testsupport.WithEmbeddedInfrastructure;

/**
 * The real model-service on a random port, against the in-process Kafka broker and MongoDB-wire server.
 * Every integration test uses exactly this, so that they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ModelServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + ModelServiceApplication.CONFIG_NAME,
                "antq.security.jwt-secret=" + JwtIssuer.LOCAL_DEVELOPMENT_SECRET})
@WithEmbeddedInfrastructure
public @interface ModelServiceTest {
}
