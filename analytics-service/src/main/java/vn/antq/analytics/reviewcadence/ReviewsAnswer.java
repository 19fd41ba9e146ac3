package vn.antq.analytics.reviewcadence;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.query.GroupKeys;
import vn.antq.analytics.query.ShownPlace;
import vn.antq.analytics.query.SplitAttribution;

/** {@code GET /reviews}: how regularly each agency held its review conferences (hội nghị sơ kết, tổng kết), per place. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewsAnswer(List<Row> rows, String structure,
        @Schema(description = "only under structure=2025") List<SplitAttribution<Counts>> attributedBySplit,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    /** Interim (sơ kết) and final (tổng kết) reviews. */
    @Schema(name = "ReviewCounts")
    public record Counts(long interim, @JsonProperty("final") long finalReviews) {

        static Counts of(Map<String, ?> figures) {
            return new Counts(GroupKeys.total(figures, ReviewCells.INTERIM), GroupKeys.total(figures, ReviewCells.FINAL));
        }
    }

    /** An agency in a place, as the structure shows it, with its reviews. */
    @Schema(name = "ReviewsRow")
    public record Row(String agency, @JsonUnwrapped ShownPlace place, @JsonUnwrapped Counts counts, List<YearCounts> byYear,
            String lastInterimHeldOn, String lastFinalHeldOn,
            @Schema(description = "null with fewer than two interim reviews") Gap longestInterimGap, List<Review> reviews) {
    }

    @Schema(name = "ReviewYearCounts")
    public record YearCounts(int year, @JsonUnwrapped Counts counts) {
    }

    /** The longest time between two consecutive interim reviews. */
    @Schema(name = "ReviewGap")
    public record Gap(String from, String to, long days, long months) {
    }

    @Schema(name = "ReviewEntry")
    public record Review(String reviewId, String kind, String heldOn, String periodFrom, String periodTo, boolean joint) {
    }
}
