package vn.antq.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.Samples;

class ModelEventTest {

    private final ModelEvent sample = Samples.model(1);

    @Test
    void theVillageIsOptional() {
        assertThat(withVillageAndMembers(null, 0).village()).isNull();
    }

    @Test
    void membersCannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> withVillageAndMembers(null, -1)).withMessageContaining("members");
    }

    @Test
    void partnerAgenciesAreCodesListedOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ModelEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.name(), sample.type(),
                        sample.agency(), List.of("POLICE", "POLICE"), sample.locality(), null, sample.establishedOn(), 1,
                        sample.status()))
                .withMessageContaining("repeat");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ModelEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.name(), sample.type(),
                        sample.agency(), List.of("Công an"), sample.locality(), null, sample.establishedOn(), 1,
                        sample.status()))
                .withMessageContaining("agency code");
    }

    private ModelEvent withVillageAndMembers(String village, long members) {
        return new ModelEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.name(), sample.type(), sample.agency(),
                sample.partnerAgencies(), sample.locality(), village, sample.establishedOn(), members, sample.status());
    }
}
