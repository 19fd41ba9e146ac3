package vn.antq.resilience.stack;

import java.nio.file.Path;

import vn.antq.infra.InProcessKafka;

/**
 * The Kafka broker alone in a JVM (the embedded KRaft broker the local stack uses), so that the broker-outage
 * scenario can kill the broker process outright and start it again on the same port and data directory.
 * Arguments: the data directory and the client port.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        InProcessKafka kafka = InProcessKafka.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "broker-shutdown"));
        System.out.println("broker ready on " + kafka.bootstrapServers());
        Thread.currentThread().join();
    }
}
