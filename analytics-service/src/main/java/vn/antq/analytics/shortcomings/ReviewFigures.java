package vn.antq.analytics.shortcomings;

import java.util.List;
import java.util.Map;

import vn.antq.analytics.reviewcadence.ReviewCadence.Review;

/**
 * What the review and award projections say about one agency in one locality, for IRREGULAR_REVIEWS.
 *
 * @param reviews                the review conferences it held there (a JOINT one counts for each agency), any date
 * @param commendationsByYear    awards conferred on its units within the locality, by year of the decision
 */
public record ReviewFigures(String agency, String locality, String localityName, List<Review> reviews,
                            Map<Integer, Long> commendationsByYear) {

    public ReviewFigures {
        reviews = List.copyOf(reviews);
        commendationsByYear = Map.copyOf(commendationsByYear);
    }
}
