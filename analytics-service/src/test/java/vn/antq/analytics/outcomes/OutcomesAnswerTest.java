package vn.antq.analytics.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutcomesAnswerTest {

    @Test
    void participationsPerThousandResidentsNeedTheResidents() {
        Map<String, Object> row = new HashMap<>(Map.of("activities", 3L, "participants", 1_234L, "residents", 20_000L));

        assertThat(OutcomesAnswer.Outreach.of(row).participationsPerThousandResidents()).isEqualTo(61.7);
        row.remove("residents");
        assertThat(OutcomesAnswer.Outreach.of(row).participationsPerThousandResidents()).isNull();
    }
}
