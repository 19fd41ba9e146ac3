package vn.antq.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.antq.kit.outbox.OutboxRelay;

@EventServiceTest
class EventServiceApplicationIT {

    @Autowired
    ApplicationContext context;

    @Test
    void contextLoadsAgainstTheEmbeddedInfrastructureWithItsOutboxRelay() {
        assertThat(context.getBean(OutboxRelay.class).isRunning()).isTrue();
    }
}
