package vn.antq.analytics.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.analytics.dimension.Periods;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;

/**
 * The participation cube (lượt người tham gia): what one activity adds to its cell, agency x locality x month x
 * channel x kind. An activity counts once, in the month of its start date, for the agency that recorded it; a
 * cancelled one counts nothing.
 */
public final class ParticipationCells {

    public static final String ACTIVITIES = "activities";
    public static final String PARTICIPANTS = "participants";
    public static final String WOMEN = "women";
    public static final String ETHNIC_MINORITY = "ethnicMinority";
    public static final String REACH = "reach";
    public static final String COPIES = "copies";

    /** The totals of every cell, in the order the answers list them. */
    public static final List<String> TOTALS = List.of(ACTIVITIES, PARTICIPANTS, WOMEN, ETHNIC_MINORITY, REACH, COPIES);

    private ParticipationCells() {
    }

    public static List<Contribution> of(ActivityEvent activity, Place place) {
        if (activity.status() == ActivityStatus.CANCELLED) {
            return List.of();
        }
        Map<String, Object> period = Periods.dimensions(activity.startDate());
        String key = String.join("|", activity.agency(), place.code(), (String) period.get(Periods.MONTH),
                activity.channel().name(), activity.kind().name());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("agency", activity.agency());
        dimensions.putAll(place.dimensions());
        dimensions.putAll(period);
        dimensions.put("channel", activity.channel().name());
        dimensions.put("kind", activity.kind().name());
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(ACTIVITIES, 1L);
        totals.put(PARTICIPANTS, activity.participants());
        totals.put(WOMEN, activity.women());
        totals.put(ETHNIC_MINORITY, activity.ethnicMinority());
        totals.put(REACH, activity.reach());
        totals.put(COPIES, activity.copies());
        return List.of(Contribution.of(new CellRef(ProjectionCollections.PARTICIPATION, key), dimensions, totals));
    }
}
