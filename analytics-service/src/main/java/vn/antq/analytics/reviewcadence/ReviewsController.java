package vn.antq.analytics.reviewcadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.client.MongoDatabase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

import vn.antq.analytics.dimension.Attribution;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Reform;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.ShownPlace;
import vn.antq.analytics.query.SplitAttribution;
import vn.antq.analytics.query.SplitAttributions;
import vn.antq.analytics.query.StructureView;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reviewcadence.ReviewCadence.Review;
import vn.antq.kit.security.AntqUser;

/**
 * The cadence of review conferences per agency and locality: how many interim and final reviews each year, when
 * the last ones were held, and the longest gap between interim reviews.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class ReviewsController {

    private final MongoDatabase database;
    private final Generations generations;
    private final Structures structures;
    private final Clock clock;

    ReviewsController(MongoDatabase analyticsDatabase, Generations generations, Structures structures, Clock clock) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.structures = structures;
        this.clock = clock;
    }

    @GetMapping("/reviews")
    @Operation(summary = "The cadence of review conferences per agency and locality: interim and final reviews by "
            + "year, the last ones held and the longest gap between interim reviews")
    ReviewsAnswer reviews(AntqUser user, @RequestParam(required = false) String agency,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @Parameter(description = Structures.DESCRIPTION) @RequestParam(required = false) String structure) {
        StructureView view = structures.ask(user, structure, agency, locality);
        Document match = view.addTo(new Document(), "agency");
        match.putAll(view.localityCondition(""));
        return generations.answer(generation -> cadence(generation, match, view));
    }

    /** One row of the answer: an agency in a place, as the structure shows it, with its reviews. */
    private record Group(String agency, Place place, List<Review> reviews) {
    }

    private ReviewsAnswer cadence(int generation, Document match, StructureView view) {
        Map<String, Group> groups = new TreeMap<>();
        SplitAttributions splits = new SplitAttributions(List.of(ReviewCells.INTERIM, ReviewCells.FINAL));
        for (Document cell : database.getCollection(Generations.collection(generation, ProjectionCollections.REVIEWS))
                .find(match)) {
            Document items = cell.get(Items.ITEMS, Document.class);
            Place recorded = StructureView.placeOf(cell);
            for (Object value : items == null ? List.of() : items.values()) {
                Review review = ReviewItems.of((Document) value);
                // A review's codes are those of the structure in force on the day it was held.
                Attribution shown = view.attribute(recorded, Reform.isBefore(review.heldOn()));
                if (!view.includes(shown.place())) {
                    continue;
                }
                String agency = cell.getString("agency");
                groups.computeIfAbsent(agency + "|" + shown.place().code(),
                        key -> new Group(agency, shown.place(), new ArrayList<>())).reviews().add(review);
                if (shown.split() != null) {
                    splits.add(shown.split(), Map.of(total(review), 1L));
                }
            }
        }
        return new ReviewsAnswer(groups.values().stream().map(ReviewsController::row).toList(), view.name(),
                view.isIn2025() ? SplitAttribution.of(splits.list(), ReviewsAnswer.Counts::of) : null, Answers.asOf(clock));
    }

    private static ReviewsAnswer.Row row(Group group) {
        List<Review> reviews = new ArrayList<>(group.reviews());
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (Review review : reviews) {
            byYear.computeIfAbsent(review.heldOn().getYear(), year -> counts()).merge(total(review), 1L, Long::sum);
        }
        reviews.sort(Comparator.comparing(Review::heldOn).thenComparing(Review::reviewId));
        return new ReviewsAnswer.Row(group.agency(), ShownPlace.of(group.place()),
                new ReviewsAnswer.Counts(reviews.stream().filter(review -> review.kind().equals("INTERIM")).count(),
                        reviews.stream().filter(review -> review.kind().equals("FINAL")).count()),
                byYear.entrySet().stream().map(year -> new ReviewsAnswer.YearCounts(year.getKey(),
                        ReviewsAnswer.Counts.of(year.getValue()))).toList(),
                ReviewCadence.last(reviews, "INTERIM").map(LocalDate::toString).orElse(null),
                ReviewCadence.last(reviews, "FINAL").map(LocalDate::toString).orElse(null),
                ReviewCadence.longestInterimGap(reviews).map(gap -> new ReviewsAnswer.Gap(gap.from().toString(),
                        gap.to().toString(), gap.days(), gap.months())).orElse(null),
                reviews.stream().map(review -> new ReviewsAnswer.Review(review.reviewId(), review.kind(),
                        review.heldOn().toString(), review.periodFrom().toString(), review.periodTo().toString(),
                        review.joint())).toList());
    }

    private static String total(Review review) {
        return review.kind().equals("INTERIM") ? ReviewCells.INTERIM : ReviewCells.FINAL;
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(ReviewCells.INTERIM, 0L);
        counts.put(ReviewCells.FINAL, 0L);
        return counts;
    }
}
