package vn.antq.analytics.reviewcadence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.review.ReviewEvent;
import vn.antq.contracts.review.ReviewKind;

/**
 * Review conferences (hội nghị sơ kết / tổng kết) per agency, locality and year of the conference. A JOINT review
 * counts for each agency that held it. Each review's item keeps its dates, which is what the cadence answer
 * (the longest gap between interim reviews) is computed from.
 */
public final class ReviewCells {

    public static final String INTERIM = total(ReviewKind.INTERIM);
    public static final String FINAL = total(ReviewKind.FINAL);

    private ReviewCells() {
    }

    public static List<Contribution> of(ReviewEvent review, Place place) {
        int year = review.heldOn().getYear();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("reviewId", review.id());
        attributes.put("kind", review.kind().name());
        attributes.put("heldOn", review.heldOn().toString());
        attributes.put("periodFrom", review.periodFrom().toString());
        attributes.put("periodTo", review.periodTo().toString());
        attributes.put("joint", ReviewEvent.JOINT.equals(review.organiser()));
        List<Contribution> contributions = new ArrayList<>();
        for (String agency : review.agencies()) {
            Map<String, Object> dimensions = new LinkedHashMap<>();
            dimensions.put("agency", agency);
            dimensions.put("locality", place.code());
            dimensions.putAll(place.dimensions());
            dimensions.put("year", year);
            String key = String.join("|", agency, place.code(), String.valueOf(year));
            contributions.add(new Contribution(new CellRef(ProjectionCollections.REVIEWS, key), dimensions,
                    Map.of(total(review.kind()), 1L), attributes, Map.of()));
        }
        return contributions;
    }

    public static String total(ReviewKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
