package vn.antq.testsupport;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.infra.InProcessKafka;
import vn.antq.infra.InProcessMongo;

/**
 * One in-process Kafka broker and one MongoDB-wire server per test JVM, started on first use and
 * shared by every test (and every cached Spring context) in that JVM. Tests keep out of each
 * other's way with their own ids and database names, never by resetting shared state.
 */
public final class EmbeddedInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

    private static InProcessKafka kafka;
    private static InProcessMongo mongo;

    private EmbeddedInfrastructure() {
    }

    public static synchronized InProcessKafka kafka() {
        if (kafka == null) {
            // A broker in trouble at JVM exit (its contexts closing around it) must not halt the test JVM:
            // the tests have finished and reported by then.
            Exit.setHaltProcedure((status, message) -> LOG.warn("Embedded Kafka asked to halt ({}): {}", status, message));
            Exit.setExitProcedure((status, message) -> LOG.warn("Embedded Kafka asked to exit ({}): {}", status, message));
            kafka = InProcessKafka.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }

    public static synchronized InProcessMongo mongo() {
        if (mongo == null) {
            mongo = InProcessMongo.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo;
    }
}
