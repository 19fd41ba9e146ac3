package vn.antq.analytics.awardcounts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.kit.reference.VietnamTime;

/**
 * Awards (khen thưởng) by recipient agency, form, recipient type, year and locality, counted by their current
 * status: an award moves from {@code nominated} to {@code approved} to {@code conferred} as it goes, never counting
 * twice. The year is that of the decision; an award without one (nominated, or rejected without a date) counts in
 * the year of its event's {@code occurredAt} in Vietnam, which for a nomination is the nomination's own time. The
 * rule reads only the event itself, so duplicates, reordering and replays all land in the same cell.
 */
public final class AwardCells {

    public static final List<String> TOTALS = Arrays.stream(AwardStatus.values()).map(AwardCells::total).toList();

    private AwardCells() {
    }

    public static List<Contribution> of(AwardEvent award, Place place) {
        int year = dated(award).getYear();
        String key = String.join("|", award.recipientAgency(), award.form().name(), award.recipientType().name(),
                String.valueOf(year), place.code());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("agency", award.recipientAgency());
        dimensions.put("form", award.form().name());
        dimensions.put("recipientType", award.recipientType().name());
        dimensions.put("year", year);
        dimensions.putAll(place.dimensions());
        return List.of(Contribution.of(new CellRef(ProjectionCollections.AWARDS, key), dimensions,
                Map.of(total(award.status()), 1L)));
    }

    /** The day an award counts on: its decision, else its event's day in Vietnam. */
    public static LocalDate dated(AwardEvent award) {
        return award.decidedOn() != null ? award.decidedOn() : LocalDate.ofInstant(award.occurredAt(), VietnamTime.ZONE);
    }

    /** The total counting awards in a status: {@code conferred}. */
    public static String total(AwardStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
