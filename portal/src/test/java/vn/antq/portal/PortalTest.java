package vn.antq.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import vn.antq.testsupport.TestInfrastructureCondition;

/** The portal on its chosen port in front of identity-service and the stub services (see {@link TestPlatform}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.config.name=" + PortalApplication.CONFIG_NAME, "spring.mongodb.database=portal_it"})
@ExtendWith(TestInfrastructureCondition.class)
@ContextConfiguration(initializers = PortalWithIdentityInitializer.class)
public @interface PortalTest {
}
