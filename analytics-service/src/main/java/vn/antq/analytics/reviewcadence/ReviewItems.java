package vn.antq.analytics.reviewcadence;

import java.time.LocalDate;

import org.bson.Document;

import vn.antq.analytics.reviewcadence.ReviewCadence.Review;

/** A review as its item in a {@code reviews} cell keeps it: read back by every answer that needs its dates. */
public final class ReviewItems {

    private ReviewItems() {
    }

    public static Review of(Document item) {
        return new Review(item.getString("reviewId"), item.getString("kind"), LocalDate.parse(item.getString("heldOn")),
                LocalDate.parse(item.getString("periodFrom")), LocalDate.parse(item.getString("periodTo")),
                Boolean.TRUE.equals(item.getBoolean("joint")));
    }
}
