package vn.antq.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreMeasuredValuesByNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p99()).isEqualTo(99.0);
        assertThat(latencies.max()).isEqualTo(100.0);
    }

    @Test
    void aSingleSampleIsEveryPercentileAndNoSampleIsNone() {
        Latencies latencies = new Latencies();
        assertThat(latencies.p50()).isNaN();
        latencies.add(2_500_000L);
        assertThat(latencies.p50()).isEqualTo(2.5);
        assertThat(latencies.p99()).isEqualTo(2.5);
    }

    @Test
    void growsBeyondItsFirstArray() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 5_000; i++) {
            latencies.add(i);
        }
        assertThat(latencies.count()).isEqualTo(5_000);
        assertThat(latencies.percentileMillis(100)).isEqualTo(4_999 / 1e6);
    }
}
