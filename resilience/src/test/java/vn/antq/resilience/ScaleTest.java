package vn.antq.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void durationsReadAsOnTheCommandLine() {
        assertThat(Scale.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Scale.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Scale.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Scale.parse("PT45S")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Scale.parse("12")).isEqualTo(Duration.ofSeconds(12));
        assertThatThrownBy(() -> Scale.parse("5 weeks")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSizeSetOnTheCommandLineWinsOverBothScales() {
        System.setProperty("resilience.scale-test-size", "1_000");
        try {
            assertThat(Scale.count("scale-test-size", 1, 2)).isEqualTo(1000);
        } finally {
            System.clearProperty("resilience.scale-test-size");
        }
        assertThat(Scale.count("scale-test-size", 1, 2)).isEqualTo(Scale.full() ? 2 : 1);
    }
}
