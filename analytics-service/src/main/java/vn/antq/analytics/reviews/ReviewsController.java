package vn.antq.analytics.reviews;

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

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.reviews.ReviewCadence.Review;
import vn.antq.kit.security.AntqUser;

/**
 * The cadence of review conferences per agency and locality: how many interim and final reviews each year, when
 * the last ones were held, and the longest gap between interim reviews.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class ReviewsController {

    private final MongoDatabase database;
    private final Generations generations;
    private final Places places;
    private final Clock clock;

    ReviewsController(MongoDatabase analyticsDatabase, Generations generations, Places places, Clock clock) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/reviews")
    Map<String, Object> reviews(AntqUser user, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality) {
        Document match = ReadScope.of(user, agency, locality, places).addTo(new Document(), "agency");
        return generations.answer(generation -> cadence(generation, match));
    }

    private Map<String, Object> cadence(int generation, Document match) {
        Map<String, List<Document>> cellsByGroup = new TreeMap<>();
        for (Document cell : database.getCollection(Generations.collection(generation, ProjectionCollections.REVIEWS))
                .find(match)) {
            cellsByGroup.computeIfAbsent(cell.getString("agency") + "|" + cell.getString("locality"),
                    group -> new ArrayList<>()).add(cell);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        cellsByGroup.values().forEach(cells -> {
            Map<String, Object> row = row(cells);
            if (row != null) {
                rows.add(row);
            }
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rows", rows);
        answer.put("asOf", Answers.asOf(clock));
        return answer;
    }

    private static Map<String, Object> row(List<Document> cells) {
        List<Review> reviews = new ArrayList<>();
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (Document cell : cells) {
            Document items = cell.get(Items.ITEMS, Document.class);
            if (items == null) {
                continue;
            }
            for (Object value : items.values()) {
                Document item = (Document) value;
                Review review = new Review(item.getString("reviewId"), item.getString("kind"),
                        LocalDate.parse(item.getString("heldOn")), LocalDate.parse(item.getString("periodFrom")),
                        LocalDate.parse(item.getString("periodTo")), Boolean.TRUE.equals(item.getBoolean("joint")));
                reviews.add(review);
                Map<String, Long> counts = byYear.computeIfAbsent(review.heldOn().getYear(), year -> counts());
                counts.merge(review.kind().equals("INTERIM") ? ReviewCells.INTERIM : ReviewCells.FINAL, 1L, Long::sum);
            }
        }
        if (reviews.isEmpty()) {
            return null;
        }
        reviews.sort(Comparator.comparing(Review::heldOn).thenComparing(Review::reviewId));
        Document first = cells.get(0);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agency", first.getString("agency"));
        row.put("locality", first.getString("locality"));
        for (String level : List.of(Place.PROVINCE, Place.DISTRICT, Place.COMMUNE)) {
            row.put(level, first.getString(level));
            row.put(Place.nameOf(level), first.getString(Place.nameOf(level)));
        }
        row.put(ReviewCells.INTERIM, reviews.stream().filter(review -> review.kind().equals("INTERIM")).count());
        row.put(ReviewCells.FINAL, reviews.stream().filter(review -> review.kind().equals("FINAL")).count());
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, counts) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", year);
            entry.putAll(counts);
            years.add(entry);
        });
        row.put("byYear", years);
        row.put("lastInterimHeldOn", ReviewCadence.last(reviews, "INTERIM").map(LocalDate::toString).orElse(null));
        row.put("lastFinalHeldOn", ReviewCadence.last(reviews, "FINAL").map(LocalDate::toString).orElse(null));
        row.put("longestInterimGap", ReviewCadence.longestInterimGap(reviews).map(gap -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", gap.from().toString());
            entry.put("to", gap.to().toString());
            entry.put("days", gap.days());
            entry.put("months", gap.months());
            return entry;
        }).orElse(null));
        row.put("reviews", reviews.stream().map(review -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("reviewId", review.reviewId());
            entry.put("kind", review.kind());
            entry.put("heldOn", review.heldOn().toString());
            entry.put("periodFrom", review.periodFrom().toString());
            entry.put("periodTo", review.periodTo().toString());
            entry.put("joint", review.joint());
            return entry;
        }).toList());
        return row;
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(ReviewCells.INTERIM, 0L);
        counts.put(ReviewCells.FINAL, 0L);
        return counts;
    }
}
