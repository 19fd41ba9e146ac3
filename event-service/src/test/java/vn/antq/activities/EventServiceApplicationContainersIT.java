package vn.antq.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithContainerInfrastructure;

/** The same service against real MongoDB and Kafka containers; skipped where Docker is not available. */
@SpringBootTest(classes = EventServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + EventServiceApplication.CONFIG_NAME,
                TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY,
                TestTokens.ISSUER_PROPERTY})
@WithContainerInfrastructure
class EventServiceApplicationContainersIT {

    @Autowired
    ApplicationContext context;

    @Test
    void contextLoadsAgainstRealMongoDbAndKafka() {
        assertThat(context.getBean(OutboxRelay.class).isRunning()).isTrue();
    }
}
