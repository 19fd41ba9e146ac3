package vn.antq.testsupport;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/** A minimal application that consumes what it publishes, for the infrastructure tests. */
@SpringBootApplication
class RoundTripApplication {

    static final BlockingQueue<Message<byte[]>> RECEIVED = new LinkedBlockingQueue<>();

    @Bean
    Consumer<Message<byte[]>> received() {
        return RECEIVED::add;
    }
}
