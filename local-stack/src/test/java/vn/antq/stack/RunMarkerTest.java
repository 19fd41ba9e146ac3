package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMarkerTest {

    @TempDir
    Path dataDir;

    @Test
    void aMarkerLeftByARunThatWasKilledIsFoundByTheNextOne() {
        new RunMarker(dataDir).place();

        assertThat(new RunMarker(dataDir).leftBehind()).isTrue();
    }

    @Test
    void aCleanStopLeavesNoMarker() {
        RunMarker marker = new RunMarker(dataDir.resolve("not-yet-created"));
        marker.place();
        marker.remove();

        assertThat(marker.leftBehind()).isFalse();
    }
}
