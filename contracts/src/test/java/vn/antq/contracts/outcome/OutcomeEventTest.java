package vn.antq.contracts.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.Samples;
import vn.antq.contracts.Topics;
import vn.antq.contracts.common.Locality;

class OutcomeEventTest {

    @Test
    void oneRecordPerCommuneAndMonthIsKeyedByItsId() {
        OutcomeEvent outcome = Samples.outcome(1);

        assertThat(outcome.id()).isEqualTo("23284:2024-05");
        assertThat(outcome.kafkaKey()).isEqualTo(outcome.id());
        assertThat(EventContract.OUTCOME_RECORDED.topic()).isEqualTo(Topics.OUTCOME);
    }

    @Test
    void crimesAreTheSumOfTheGroupsAndEachGroupNamesItsField() {
        OutcomeEvent outcome = Samples.outcome(1);

        assertThat(outcome.crimes()).isEqualTo(6);
        assertThat(outcome.crimesByGroup()).containsKeys(CrimeGroup.values());
        assertThat(Arrays.stream(CrimeGroup.values()).map(CrimeGroup::field))
                .allSatisfy(field -> assertThat(Arrays.stream(OutcomeEvent.class.getRecordComponents())
                        .anyMatch(component -> component.getName().equals(field))).as(field).isTrue());
    }

    @Test
    void aRecordIsOfACommuneAndAMonth() {
        OutcomeEvent valid = Samples.outcome(1);

        assertThatThrownBy(() -> new OutcomeEvent(valid.id(), 1, "a", valid.occurredAt(), Locality.ofProvince("62"),
                "2024-05", 0, 0, 0, 0, 0, 0, 0, 0, 0)).hasMessageContaining("locality.commune");
        assertThatThrownBy(() -> new OutcomeEvent(valid.id(), 1, "a", valid.occurredAt(), valid.locality(),
                "2024-Q2", 0, 0, 0, 0, 0, 0, 0, 0, 0)).hasMessageContaining("month");
        assertThatThrownBy(() -> new OutcomeEvent(valid.id(), 1, "a", valid.occurredAt(), valid.locality(),
                "2024-05", 0, -1, 0, 0, 0, 0, 0, 0, 0)).hasMessageContaining("propertyCrimes");
    }
}
