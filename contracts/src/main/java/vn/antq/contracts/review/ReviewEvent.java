package vn.antq.contracts.review;

import static vn.antq.contracts.common.Invariants.distinctAgencyCodes;
import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireOrdered;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;

/**
 * A review conference held (hội nghị sơ kết / tổng kết), the body of review.held.
 *
 * @param organiser an agency code, or {@link #JOINT} for a conference several agencies held together
 * @param agencies  for JOINT the participating agencies (at least two), otherwise just the organiser;
 *                  null or empty means just the organiser
 */
public record ReviewEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        ReviewKind kind,
        String organiser,
        List<String> agencies,
        Level level,
        Locality locality,
        LocalDate heldOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title) implements EventBody {

    public static final String JOINT = "JOINT";

    public ReviewEvent {
        requireEventFields(id, version, actor, occurredAt);
        require(kind, "kind");
        requireAgencyCode(organiser, "organiser");
        agencies = distinctAgencyCodes(agencies, "agencies");
        if (JOINT.equals(organiser)) {
            if (agencies.size() < 2 || agencies.contains(JOINT)) {
                throw new IllegalArgumentException("a JOINT review needs at least two participating agencies but had " + agencies);
            }
        } else if (agencies.isEmpty()) {
            agencies = List.of(organiser);
        } else if (!agencies.equals(List.of(organiser))) {
            throw new IllegalArgumentException("a review organised by " + organiser + " lists only that agency, not " + agencies);
        }
        require(level, "level");
        require(locality, "locality");
        require(heldOn, "heldOn");
        require(periodFrom, "periodFrom");
        require(periodTo, "periodTo");
        requireOrdered(periodFrom, "periodFrom", periodTo, "periodTo");
        requireText(title, "title");
    }
}
