package vn.antq.awards.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.awards.LocalityView;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.gazetteer.AdminPath;

/** A review conference as the API shows it, with the Vietnamese names of its locality. */
public record ReviewView(
        String id,
        long version,
        ReviewKind kind,
        String organiser,
        List<String> agencies,
        Level level,
        LocalityView locality,
        LocalDate heldOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {

    static ReviewView of(Review review, AdminPath place) {
        ReviewDetails d = review.details();
        return new ReviewView(review.id(), review.version(), d.kind(), d.organiser(), d.agencies(), d.level(),
                LocalityView.of(d.locality(), place), d.heldOn(), d.periodFrom(), d.periodTo(), d.title(),
                review.recordedBy(), review.recordedAt(), review.updatedAt());
    }
}
