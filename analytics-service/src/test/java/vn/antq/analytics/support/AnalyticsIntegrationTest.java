package vn.antq.analytics.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.antq.analytics.AnalyticsServiceApplication;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithTestInfrastructure;

/**
 * The whole service on a random port against the in-process Kafka broker and MongoDB-wire server. Every test
 * class uses exactly this, so they share one application context; they keep apart by their own ids and
 * localities, never by resetting shared state. {@link Faults} lets a test make MongoDB writes fail; {@link TestSmtp}
 * is the SMTP server the report delivery sends to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + AnalyticsServiceApplication.CONFIG_NAME,
        TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY,
                TestTokens.ISSUER_PROPERTY,
        // The report delivery never runs by itself here (DeliveryIT runs it at the instants it chooses).
        "antq.analytics.delivery.initial-delay=1h", "antq.analytics.delivery.interval=1h",
        "antq.analytics.delivery.max-attempts=3", "antq.analytics.delivery.retry-initial-interval=1m",
        "antq.analytics.delivery.from=bao-cao@antq.test",
        // An agency whose units report each quarter (ReportingIT); its events are the same on every run.
        "antq.reporting.cadence.QUARTERLY_REPORTER=QUARTERLY"})
@WithTestInfrastructure
@Import({Faults.class, TestSmtp.class})
public @interface AnalyticsIntegrationTest {
}
