package vn.antq.analytics.reviewcadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.Contribution;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.review.ReviewKind;

class ReviewCellsTest {

    private static final Place KON_TUM = new Place("62", null, null, "Tỉnh Kon Tum", null, null);

    @Test
    void aJointReviewCountsForEachAgencyThatHeldIt() {
        List<Contribution> contributions = ReviewCells.of(TestEvents.review("final-2024", ReviewKind.FINAL, "JOINT",
                List.of("POLICE", "WOMEN_UNION", "VETERANS", "FARMERS"), Locality.ofProvince("62"), LocalDate.of(2024, 10, 15)),
                KON_TUM);

        assertThat(contributions).extracting(contribution -> contribution.cell().key())
                .containsExactly("POLICE|62|2024", "WOMEN_UNION|62|2024", "VETERANS|62|2024", "FARMERS|62|2024");
        assertThat(contributions).allSatisfy(contribution -> {
            assertThat(contribution.totals()).containsExactly(java.util.Map.entry("final", 1L));
            assertThat(contribution.attributes()).containsEntry("heldOn", "2024-10-15").containsEntry("joint", true);
        });
    }

    @Test
    void theLongestGapIsBetweenConsecutiveInterimReviews() {
        List<ReviewCadence.Review> reviews = List.of(
                review("i1", "INTERIM", "2020-06-30"), review("i2", "INTERIM", "2021-06-30"),
                review("f1", "FINAL", "2022-01-15"), review("i3", "INTERIM", "2023-12-30"));

        assertThat(ReviewCadence.longestInterimGap(reviews)).hasValueSatisfying(gap -> {
            assertThat(gap.from()).isEqualTo(LocalDate.of(2021, 6, 30));
            assertThat(gap.to()).isEqualTo(LocalDate.of(2023, 12, 30));
            assertThat(gap.months()).isEqualTo(30);
        });
        assertThat(ReviewCadence.longestInterimGap(reviews.subList(0, 1))).isEmpty();
    }

    private static ReviewCadence.Review review(String id, String kind, String heldOn) {
        LocalDate day = LocalDate.parse(heldOn);
        return new ReviewCadence.Review(id, kind, day, day.minusMonths(6), day, false);
    }
}
