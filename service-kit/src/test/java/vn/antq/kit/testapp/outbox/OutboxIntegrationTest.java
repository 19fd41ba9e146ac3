package vn.antq.kit.testapp.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithTestInfrastructure;

/**
 * {@link OutboxTestApplication} on the embedded Kafka broker and MongoDB-wire server. Every outbox
 * integration test uses exactly these settings, so they all share one cached application context.
 * <p>
 * The poll interval is a minute on purpose: anything published promptly in these tests was sent
 * because the store called {@code wakeUp()}, or because the relay retried after a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = OutboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=outbox-it",
                "spring.mongodb.database=outbox_it",
                "antq.outbox.collections=" + ActivityStore.ACTIVITIES + "," + ActivityStore.OUTAGE_ACTIVITIES,
                "antq.outbox.poll-interval=1m",
                // Only what a test names, or a plain wake-up, is published: the tests prove each way on its own.
                "antq.outbox.sweep-interval=1h",
                "antq.outbox.max-backoff=1s",
                TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY, TestTokens.ISSUER_PROPERTY,
                "logging.level.org.apache.kafka=WARN",
                "logging.level.kafka=WARN",
                "logging.level.state.change.logger=WARN",
                "logging.level.org.mongodb=WARN",
                "logging.level.de.bwaldvogel=WARN"})
@WithTestInfrastructure
public @interface OutboxIntegrationTest {
}
