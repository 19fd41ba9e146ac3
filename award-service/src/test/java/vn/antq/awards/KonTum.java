package vn.antq.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.awards.Submitted.FormLocality;
import vn.antq.awards.review.Review;
import vn.antq.awards.review.ReviewForm;
import vn.antq.awards.review.ReviewValidation;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.gazetteer.Gazetteer;

/** The article's setting for unit tests: Kon Tum (province 62) and its 2019-2024 final review. */
public final class KonTum {

    /** "Today" of the unit tests: after the 2025 reform, when code 62 no longer names a province. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    public static final ReviewValidation REVIEW_RULES =
            new ReviewValidation(Gazetteer.official(), code -> KnownAgencies.find(code).isPresent());

    private KonTum() {
    }

    /** The final review of 2019-2024, held jointly by the four agencies. */
    public static ReviewForm finalReview() {
        return new ReviewForm(ReviewKind.FINAL, "JOINT", List.of("WOMEN_UNION", "POLICE", "VETERANS", "FARMERS"),
                Level.PROVINCE, new FormLocality("62", null, null), LocalDate.of(2024, 10, 15),
                LocalDate.of(2019, 1, 1), LocalDate.of(2024, 9, 30),
                "Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2019-2024");
    }

    public static Review finalReviewHeld(String id) {
        ReviewValidation.Valid valid = REVIEW_RULES.check(finalReview(), TODAY).value();
        return Review.hold(id, valid.details(), "recorder-1", Instant.parse("2024-10-16T03:00:00Z")).review();
    }
}
