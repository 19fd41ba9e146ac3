package vn.antq.kit.testapp.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service with an outbox: the kit's auto-configuration plus {@link ActivityStore}. */
@SpringBootApplication(scanBasePackages = "vn.antq.kit.testapp.outbox")
public class OutboxTestApplication {
}
