package vn.antq.awards.review;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.review.ReviewKind;

/**
 * What the organisers say about a review conference: everything but its identity and version. Built only
 * by {@link ReviewValidation}, so an instance always satisfies the rules.
 *
 * @param organiser an agency code, or {@code JOINT} when several agencies held it together
 * @param agencies  the agencies that held it: for JOINT at least two, otherwise just the organiser
 */
public record ReviewDetails(
        ReviewKind kind,
        String organiser,
        List<String> agencies,
        Level level,
        Locality locality,
        LocalDate heldOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title) {

    public ReviewDetails {
        agencies = List.copyOf(agencies);
    }
}
