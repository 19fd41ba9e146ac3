package vn.antq.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.awards.KonTum;
import vn.antq.contracts.EventContract;

class ReviewTest {

    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    static ReviewDetails details(ReviewForm form) {
        return KonTum.REVIEW_RULES.check(form, KonTum.TODAY).value().details();
    }

    @Test
    void holdingAReviewGivesVersionOneAndAReviewHeldEventWithTheFullState() {
        Review.Change change = Review.hold("r-1", details(ReviewValidationTest.konTumFinalReview()), "user-1", NOW);

        assertThat(change.review().version()).isEqualTo(1);
        assertThat(change.contract()).isEqualTo(EventContract.REVIEW_HELD);
        assertThat(change.event().organiser()).isEqualTo("JOINT");
        assertThat(change.event().agencies()).hasSize(4);
        assertThat(change.event().actor()).isEqualTo("user-1");
        assertThat(change.event().kafkaKey()).isEqualTo("r-1");
    }

    @Test
    void aCorrectionIsTheSameEventTypeWithTheNextVersion() {
        Review held = Review.hold("r-1", details(ReviewValidationTest.konTumFinalReview()), "user-1", NOW).review();
        ReviewDetails threeAgencies = details(ReviewValidationTest.with(ReviewValidationTest.konTumFinalReview(),
                "JOINT", List.of("WOMEN_UNION", "POLICE", "VETERANS")));

        Review.Change change = held.correct(threeAgencies, "user-2", NOW.plusSeconds(60));

        assertThat(change.review().version()).isEqualTo(2);
        assertThat(change.contract()).isEqualTo(EventContract.REVIEW_HELD);
        assertThat(change.event().agencies()).containsExactly("WOMEN_UNION", "POLICE", "VETERANS");
        assertThat(change.review().recordedBy()).isEqualTo("user-1");
        assertThat(change.review().involves("FARMERS")).isFalse();
    }

    @Test
    void theOrganiserCannotBeCorrected() {
        Review held = Review.hold("r-1", details(ReviewValidationTest.konTumFinalReview()), "user-1", NOW).review();
        ReviewDetails police = details(ReviewValidationTest.with(ReviewValidationTest.konTumFinalReview(), "POLICE", null));

        assertThatThrownBy(() -> held.correct(police, "user-1", NOW)).isInstanceOf(OrganiserCannotChange.class);
    }
}
