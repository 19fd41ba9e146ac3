package vn.antq.analytics.trainings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antq.analytics.dimension.Periods;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.training.TrainingEvent;

/**
 * Staff trained in digital skills (tập huấn kỹ năng số): agency x unit x month, where agency and unit are the
 * attendees' (whose staff were trained, and where they work), and the month is the session's start. A session adds
 * one line per unit and agency it trained; a revision replaces its lines, a cancelled session counts nothing.
 */
public final class TrainingCells {

    /** Sessions that trained staff of the cell's agency and unit. */
    public static final String TRAININGS = "trainings";
    /** Staff trained. */
    public static final String STAFF = "trainedStaff";

    /** The totals of every cell, in the order the answers list them. */
    public static final List<String> TOTALS = List.of(TRAININGS, STAFF);

    private TrainingCells() {
    }

    /** Each attendee unit placed by {@code placeOf} (in the structure in force on the session's start). */
    public static List<Contribution> of(TrainingEvent training, Function<Locality, Place> placeOf) {
        if (training.cancelled()) {
            return List.of();
        }
        Map<String, Object> period = Periods.dimensions(training.startDate());
        List<Contribution> contributions = new ArrayList<>();
        for (TrainingEvent.Attendance line : training.attendees()) {
            Place place = placeOf.apply(line.unit());
            Map<String, Object> dimensions = new LinkedHashMap<>();
            dimensions.put("agency", line.agency());
            dimensions.putAll(place.dimensions());
            dimensions.putAll(period);
            Map<String, Long> totals = new LinkedHashMap<>();
            totals.put(TRAININGS, 1L);
            totals.put(STAFF, line.staff());
            String key = String.join("|", line.agency(), place.code(), (String) period.get(Periods.MONTH));
            contributions.add(Contribution.of(new CellRef(ProjectionCollections.TRAININGS, key), dimensions, totals));
        }
        return contributions;
    }
}
