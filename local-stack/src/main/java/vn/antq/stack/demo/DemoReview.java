package vn.antq.stack.demo;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.review.ReviewKind;

/**
 * A review conference of the demo (hội nghị sơ kết / tổng kết), held at province level in Kon Tum.
 *
 * @param key       the stable part of its Idempotency-Key
 * @param organiser an agency, or JOINT with {@code agencies}
 * @param recorder  the agency whose staff record it
 */
public record DemoReview(
        String key,
        ReviewKind kind,
        String organiser,
        List<String> agencies,
        String recorder,
        LocalDate heldOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title) {

    public DemoReview {
        agencies = List.copyOf(agencies);
    }

    /** The agencies that held it: the organiser, or those of a JOINT review. */
    public List<String> heldBy() {
        return agencies.isEmpty() ? List.of(organiser) : agencies;
    }
}
