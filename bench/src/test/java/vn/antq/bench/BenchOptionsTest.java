package vn.antq.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void scenariosAreNamedOrNumberedAsInTheIssue() {
        assertThat(BenchOptions.parse("2").scenario()).isEqualTo("projection");
        assertThat(BenchOptions.parse("queries").number()).isEqualTo(4);
        assertThatThrownBy(() -> BenchOptions.parse("6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchOptions.parse("speed")).hasMessageContaining("Unknown scenario");
    }

    @Test
    void fullSwitchesToTheIssuesSizesAndNamedValuesWin() {
        assertThat(BenchOptions.parse("rebuild").integer("n", 50_000, 1_000_000)).isEqualTo(50_000);
        assertThat(BenchOptions.parse("rebuild", "--full").integer("n", 50_000, 1_000_000)).isEqualTo(1_000_000);
        assertThat(BenchOptions.parse("rebuild", "--full", "--n=1_000").integer("n", 50_000, 1_000_000)).isEqualTo(1_000);
        assertThat(BenchOptions.parse("freshness", "--rates=100, 200").integers("rates", List.of(1), List.of(2)))
                .containsExactly(100, 200);
    }

    @Test
    void serviceSettingsPassThroughAndUnknownOptionsAreRefused() {
        BenchOptions options = BenchOptions.parse("projection", "--set.a.b=3", "--n=10");
        assertThat(options.serviceOverrides()).containsExactly("--a.b=3");
        options.requireKnown(Set.of("n"));
        assertThatThrownBy(() -> BenchOptions.parse("projection", "--m=1").requireKnown(Set.of("n")))
                .hasMessageContaining("--m");
        assertThatThrownBy(() -> BenchOptions.parse("projection", "fast")).hasMessageContaining("fast");
        assertThatThrownBy(() -> BenchOptions.parse("projection", "--mongo=disk").mongoInFile())
                .hasMessageContaining("memory or file");
    }
}
