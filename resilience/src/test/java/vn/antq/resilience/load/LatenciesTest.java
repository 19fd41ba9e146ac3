package vn.antq.resilience.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        long[] millis = new long[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = (100 - i) * 1_000_000L;
        }
        Latencies.Summary summary = Latencies.summary("x", millis, List.of(200, 500, 201));

        assertThat(summary.p50()).isEqualTo(50.0);
        assertThat(summary.p90()).isEqualTo(90.0);
        assertThat(summary.p99()).isEqualTo(99.0);
        assertThat(summary.max()).isEqualTo(100.0);
        assertThat(summary.errors()).isEqualTo(1);
    }

    @Test
    void everyKindOfRequestAndAllTogetherAreSummed() {
        Latencies latencies = new Latencies();
        latencies.record("read", 200, 2_000_000);
        latencies.record("write", 201, 4_000_000);
        latencies.record("write", 409, 6_000_000);

        assertThat(latencies.requests()).isEqualTo(3);
        assertThat(latencies.errors()).isEqualTo(1);
        assertThat(latencies.summaries()).extracting(Latencies.Summary::operation).containsExactly("read", "write", "all");
    }
}
