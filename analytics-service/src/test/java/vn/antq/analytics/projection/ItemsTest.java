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

    @Test
    void aKeyGivesBackItsIdWhateverItHolds() {
        for (String id : java.util.List.of("antq.activity.v1:2", "rebuild:r1:antq.model.v1:0", "a%2Eb.$c%", "%24%25.", "")) {
            assertThat(Items.unkey(Items.key(id))).isEqualTo(id);
        }
    }
}
