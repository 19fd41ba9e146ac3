package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.infra.Directories;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.stack.demo.DemoDataSet;
import vn.antq.stack.demo.DemoFigures;
import vn.antq.stack.demo.DemoLoad;

/**
 * The whole platform end to end, as {@code run-local.sh --demo} runs it: the embedded Kafka broker and
 * MongoDB-wire server and the four services on free ports, the Kon Tum data set loaded through the public APIs,
 * and the article's figures read back from analytics-service. Then the stack is stopped and started again on the
 * same data, and the demo loaded a second time: nothing is lost and nothing counts twice.
 */
class LocalStackDemoIT {

    private static final Logger log = LoggerFactory.getLogger(LocalStackDemoIT.class);
    private static final Duration ANALYTICS_TIMEOUT = Duration.ofMinutes(5);

    private static Path dataDir;
    private static LocalStack stack;

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (dataDir != null) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Test
    void analyticsShowsTheArticlesFiguresAfterTheDemoLoadsAndAfterARestartAndASecondLoad() throws Exception {
        dataDir = Files.createTempDirectory("antq-local-stack-it");
        LocalStackOptions options = LocalStackOptions.onFreePorts(dataDir);
        DemoDataSet data = DemoDataSet.generate(LocalDate.now(VietnamTime.ZONE));

        start(options);
        DemoLoad.Outcome first = DemoLoad.into(stack.urls(), LocalStack.jwtSecret(), data, ANALYTICS_TIMEOUT);
        log.info("First load: {}", first.describe());

        assertThat(first.caughtUp()).as(first.describe()).isTrue();
        assertArticleFigures(first.figures());
        assertThat(first.figures()).isEqualTo(data.expected());
        assertThat(first.tally().existing()).isZero();

        stack.close();
        start(options);
        DemoLoad.Outcome second = DemoLoad.into(stack.urls(), LocalStack.jwtSecret(), data, ANALYTICS_TIMEOUT);
        log.info("Second load, after a restart: {}", second.describe());

        assertThat(second.tally().created()).as("records created by loading the demo again").isZero();
        assertThat(second.tally().existing()).isEqualTo(first.tally().created());
        assertThat(second.caughtUp()).as(second.describe()).isTrue();
        assertThat(second.figures()).isEqualTo(first.figures());
        assertArticleFigures(second.figures());
    }

    private static void assertArticleFigures(DemoFigures figures) {
        assertThat(figures.womenUnionParticipations()).isEqualTo(DemoDataSet.WOMEN_UNION_PARTICIPATIONS)
                .isGreaterThan(340_000);
        assertThat(figures.finalReviewCommendations()).isEqualTo(31);
        assertThat(figures.womenUnionCertificatesOfMerit()).isEqualTo(5);
    }

    /** Starts a stack, kept in {@link #stack} at once so that it is closed even if it fails half way. */
    private static void start(LocalStackOptions options) {
        long started = System.nanoTime();
        stack = new LocalStack(options);
        stack.start();
        log.info("Stack up in {} ms at {}", (System.nanoTime() - started) / 1_000_000, stack.urls());
    }
}
