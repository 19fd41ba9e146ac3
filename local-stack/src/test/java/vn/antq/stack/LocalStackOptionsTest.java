package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void withoutArgumentsTheStackKeepsItsDataInAntqDataOnTheDocumentedPorts() {
        LocalStackOptions options = LocalStackOptions.parse(new String[0]);

        assertThat(options).isEqualTo(new LocalStackOptions(Path.of(".antq-data"), false, false, 9092, 27017,
                8081, 8082, 8083, 8084, 8085, 8080));
    }

    @Test
    void everyOptionIsRead() {
        LocalStackOptions options = LocalStackOptions.parse(new String[] {"--demo", "--clean", "--data-dir=/tmp/antq",
                "--kafka-port=19092", "--mongo-port=17017", "--event-port=0", "--model-port=18082",
                "--award-port=18083", "--analytics-port=18084", "--identity-port=18085", "--portal-port=0"});

        assertThat(options).isEqualTo(new LocalStackOptions(Path.of("/tmp/antq"), true, true, 19092, 17017,
                0, 18082, 18083, 18084, 18085, 0));
    }

    @Test
    void aMistypedOptionOrPortIsRefusedWithTheReason() {
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--demos"}))
                .hasMessageContaining("Unknown option --demos");
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--event-port=80a"}))
                .hasMessageContaining("--event-port needs a port number");
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--data-dir="}))
                .hasMessageContaining("--data-dir needs a value");
    }

    @Test
    void helpIsAskedForWhereverItIs() {
        assertThat(LocalStackOptions.wantsHelp(new String[] {"--demo", "-h"})).isTrue();
        assertThat(LocalStackOptions.wantsHelp(new String[] {"--demo"})).isFalse();
    }
}
