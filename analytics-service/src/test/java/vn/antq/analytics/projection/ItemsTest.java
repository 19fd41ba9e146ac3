package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemsTest {

    @Test
    void itemKeysAreSafeFieldNamesAndDistinct() {
        assertThat(Items.key("report:m.1:2024-Q2")).isEqualTo("report:m%2E1:2024-Q2");
        assertThat(Items.key("activity:$x")).isEqualTo("activity:%24x");
        assertThat(Items.key("activity:a%2Eb")).isNotEqualTo(Items.key("activity:a.b"));
    }
}
