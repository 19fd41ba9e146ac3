package vn.antq.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.infra.Directories;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.stack.demo.DemoDataSet;
import vn.antq.stack.demo.DemoLoad;

/**
 * A local stack on free ports with the demo data set loaded, as {@code run-local.sh --demo} runs it. Starting it and
 * loading the demo takes minutes, so the integration tests of this module share one per test JVM through
 * {@link DemoStackExtension}; a test may restart it on the same data, and leaves it running for the next.
 */
final class DemoStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoStack.class);
    static final Duration ANALYTICS_TIMEOUT = Duration.ofMinutes(5);

    private final Path dataDir;
    private final LocalStack stack;
    private final DemoDataSet data;
    private DemoLoad.Outcome firstLoad;

    private DemoStack(Path dataDir) {
        this.dataDir = dataDir;
        this.stack = new LocalStack(LocalStackOptions.onFreePorts(dataDir));
        this.data = DemoDataSet.generate(LocalDate.now(VietnamTime.ZONE));
    }

    /** Starts a stack in a new temporary directory and loads the demo into it. */
    static DemoStack started() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("antq-local-stack-it");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the stack's data directory", e);
        }
        DemoStack demo = new DemoStack(dataDir);
        try {
            demo.start();
            demo.firstLoad = DemoLoad.into(demo.stack.urls(), demo.stack.tokens(), demo.data, ANALYTICS_TIMEOUT);
            log.info("First load: {}", demo.firstLoad.describe());
            return demo;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    LocalStack stack() {
        return stack;
    }

    DemoDataSet data() {
        return data;
    }

    /** What loading the demo into the empty stack did, and what analytics showed after it. */
    DemoLoad.Outcome firstLoad() {
        return firstLoad;
    }

    /** Stops the stack and starts it again on the same data (new ports: read {@link LocalStack#urls()} again). */
    void restart() {
        stack.close();
        start();
    }

    private void start() {
        long started = System.nanoTime();
        stack.start();
        log.info("Stack up in {} ms at {}", (System.nanoTime() - started) / 1_000_000, stack.urls());
    }

    @Override
    public void close() {
        stack.close();
        Directories.deleteRecursively(dataDir);
    }
}
