package vn.antq.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.antq.bench.support.Platform;

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
                .hasMessageContaining("memory, file or a mongodb:// URI");
    }

    @Test
    void serversGivenByAddressReplaceTheInProcessOnes() {
        BenchOptions inProcess = BenchOptions.parse("ingest", "--mongo=file");
        assertThat(inProcess.servers()).isEqualTo(new Platform.Servers(true, Optional.empty(), Optional.empty()));
        assertThat(inProcess.mongoDescription() + " / " + inProcess.kafkaDescription()).isEqualTo("H2 file / in-process");

        BenchOptions given = BenchOptions.parse("ingest", "--mongo=mongodb://db.example:27017/?replicaSet=rs0",
                "--kafka=k1.example:9092,k2.example:9092");
        given.requireKnown(Set.of());
        assertThat(given.servers()).isEqualTo(new Platform.Servers(false,
                Optional.of("mongodb://db.example:27017/?replicaSet=rs0"), Optional.of("k1.example:9092,k2.example:9092")));
        assertThat(given.mongoDescription() + " / " + given.kafkaDescription()).isEqualTo("server / server");
        assertThatThrownBy(() -> BenchOptions.parse("ingest", "--kafka=k1.example").kafkaBootstrap())
                .hasMessageContaining("host:port");
    }
}
