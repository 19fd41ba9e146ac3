package vn.antq.contracts.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.Samples;

class ReviewEventTest {

    private final ReviewEvent sample = Samples.review();

    @Test
    void aSingleAgencyReviewListsJustItsOrganiser() {
        assertThat(organisedBy("POLICE", null).agencies()).containsExactly("POLICE");
        assertThat(organisedBy("POLICE", List.of("POLICE")).agencies()).containsExactly("POLICE");
        assertThatIllegalArgumentException().isThrownBy(() -> organisedBy("POLICE", List.of("POLICE", "FARMERS")));
    }

    @Test
    void aJointReviewNamesAtLeastTwoAgencies() {
        assertThat(organisedBy(ReviewEvent.JOINT, List.of("POLICE", "FARMERS")).agencies()).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> organisedBy(ReviewEvent.JOINT, List.of("POLICE")));
        assertThatIllegalArgumentException().isThrownBy(() -> organisedBy(ReviewEvent.JOINT, null));
    }

    @Test
    void theReviewedPeriodCannotEndBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReviewEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.kind(),
                        sample.organiser(), sample.agencies(), sample.level(), sample.locality(), sample.heldOn(),
                        sample.periodTo(), sample.periodFrom(), sample.title()))
                .withMessageContaining("periodTo");
    }

    private ReviewEvent organisedBy(String organiser, List<String> agencies) {
        return new ReviewEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.kind(), organiser, agencies,
                sample.level(), sample.locality(), sample.heldOn(), sample.periodFrom(), sample.periodTo(), sample.title());
    }
}
