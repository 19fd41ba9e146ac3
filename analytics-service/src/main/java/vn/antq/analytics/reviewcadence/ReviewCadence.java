package vn.antq.analytics.reviewcadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How regularly reviews were held (sơ kết, tổng kết định kỳ): the longest time between two consecutive interim
 * reviews of one agency in one locality.
 */
public final class ReviewCadence {

    private ReviewCadence() {
    }

    /** A review as its cell item keeps it. */
    public record Review(String reviewId, String kind, LocalDate heldOn, LocalDate periodFrom, LocalDate periodTo,
                         boolean joint) {
    }

    /** The gap between two consecutive interim reviews. */
    public record Gap(LocalDate from, LocalDate to, long days, long months) {
    }

    /** The longest gap between consecutive INTERIM reviews; empty with fewer than two of them. */
    public static Optional<Gap> longestInterimGap(List<Review> reviews) {
        List<LocalDate> interim = reviews.stream()
                .filter(review -> "INTERIM".equals(review.kind()))
                .map(Review::heldOn)
                .sorted()
                .toList();
        Gap longest = null;
        for (int i = 1; i < interim.size(); i++) {
            LocalDate from = interim.get(i - 1);
            LocalDate to = interim.get(i);
            long days = ChronoUnit.DAYS.between(from, to);
            if (longest == null || days > longest.days()) {
                longest = new Gap(from, to, days, ChronoUnit.MONTHS.between(from, to));
            }
        }
        return Optional.ofNullable(longest);
    }

    public static Optional<LocalDate> last(List<Review> reviews, String kind) {
        return reviews.stream().filter(review -> kind.equals(review.kind())).map(Review::heldOn)
                .max(Comparator.naturalOrder());
    }
}
