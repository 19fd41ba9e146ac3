package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.reviewcadence.ReviewCadence.Review;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;

/** IRREGULAR_REVIEWS on review histories made up in memory. */
class ReviewRuleTest {

    private static final LocalDate START = LocalDate.of(2019, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    private final ReviewRule rule = new ReviewRule(new ShortcomingThresholds.Reviews(18),
            code -> KnownAgencies.find(code).map(KnownAgencies.Agency::label).orElse(new Label(code, code)));

    @Test
    void yearlyReviewsWithCommendationsAreRegular() {
        ReviewFigures police = figures("POLICE", List.of(interim("2019-12-12"), interim("2020-12-10"), interim("2021-12-14"),
                interim("2022-12-13"), interim("2023-12-12"), fin("2024-12-18")), Map.of(2021, 2L, 2023, 1L, 2024, 8L));

        assertThat(rule.judge(List.of(police), START, END)).isEmpty();
    }

    @Test
    void fourYearsBetweenInterimReviewsAndNoCommendationAtThemIsHigh() {
        ReviewFigures farmers = figures("FARMERS", List.of(interim("2019-12-17"), interim("2023-12-15"), fin("2024-12-18")),
                Map.of(2024, 7L));

        assertThat(rule.judge(List.of(farmers), START, END)).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(ShortcomingKind.IRREGULAR_REVIEWS);
            assertThat(finding.subject()).isInstanceOf(Subject.AgencyLocality.class).extracting("type", "code")
                    .containsExactly("AGENCY_LOCALITY", "FARMERS|62");
            assertThat(finding.evidence().figures()).containsEntry("longestGapMonths", 47L).containsEntry("interimReviews", 2L)
                    .containsEntry("commendationsInInterimReviewYears", 0L);
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.explanation().vi())
                    .isEqualTo("Hội Nông dân (Tỉnh Kon Tum): 47 tháng không tổ chức hội nghị sơ kết, tổng kết "
                            + "(từ 17/12/2019 đến 15/12/2023); không khen thưởng trong các năm sơ kết (2019, 2023).");
        });
    }

    @Test
    void noReviewSinceTheLastOneUpToTheEndOfThePeriodIsAGapToo() {
        ReviewFigures veterans = figures("VETERANS", List.of(interim("2019-12-20"), interim("2020-12-20")), Map.of(2020, 1L));

        assertThat(rule.judge(List.of(veterans), START, END)).singleElement().satisfies(finding -> {
            assertThat(finding.evidence().figures()).containsEntry("longestGapMonths", 48L);
            assertThat(finding.explanation().en()).contains("no review conference for 48 months (from 20 December 2020 to 31 December 2024)");
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void theGapRunsFromTheLastReviewBeforeThePeriodAndNoLaterThanItsEnd() {
        List<LocalDate> held = List.of(LocalDate.parse("2018-06-01"), LocalDate.parse("2019-10-01"),
                LocalDate.parse("2020-09-01"));

        assertThat(ReviewRule.longestGap(held, START, LocalDate.parse("2021-06-30")))
                .hasValueSatisfying(gap -> {
                    assertThat(gap.from()).isEqualTo("2018-06-01");
                    assertThat(gap.months()).isEqualTo(16);
                });
        assertThat(ReviewRule.longestGap(held.subList(1, 3), null, LocalDate.parse("2020-12-31")))
                .hasValueSatisfying(gap -> assertThat(gap.from()).isEqualTo("2019-10-01"));
    }

    @Test
    void aShortGapWithoutCommendationIsMedium() {
        ReviewFigures women = figures("WOMEN_UNION", List.of(interim("2023-12-14")), Map.of());

        assertThat(rule.judge(List.of(women), LocalDate.of(2023, 1, 1), END)).singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.MEDIUM));
    }

    private static ReviewFigures figures(String agency, List<Review> reviews, Map<Integer, Long> commendations) {
        return new ReviewFigures(agency, "62", "Tỉnh Kon Tum", reviews, commendations);
    }

    private static Review interim(String heldOn) {
        return new Review("i-" + heldOn, "INTERIM", LocalDate.parse(heldOn), LocalDate.parse(heldOn).minusMonths(12),
                LocalDate.parse(heldOn).minusDays(14), false);
    }

    private static Review fin(String heldOn) {
        return new Review("f-" + heldOn, "FINAL", LocalDate.parse(heldOn), LocalDate.parse("2019-01-01"),
                LocalDate.parse(heldOn).minusDays(14), true);
    }
}
