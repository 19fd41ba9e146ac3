package vn.antq.analytics.coordination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.antq.analytics.dimension.Periods;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellRef;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;

/**
 * Coordination between the forces (phối hợp): an activity run by several agencies counts once for every
 * unordered pair among them, in its locality and the month of its start date. Pairs are written sorted,
 * {@code POLICE|WOMEN_UNION}, so each pair has one cell whoever recorded the activity.
 */
public final class CoordinationCells {

    public static final String JOINT_ACTIVITIES = "jointActivities";
    public static final String PARTICIPANTS = "participants";
    public static final List<String> TOTALS = List.of(JOINT_ACTIVITIES, PARTICIPANTS);

    private CoordinationCells() {
    }

    public static List<Contribution> of(ActivityEvent activity, Place place) {
        if (activity.status() == ActivityStatus.CANCELLED || activity.partnerAgencies().isEmpty()) {
            return List.of();
        }
        TreeSet<String> agencies = new TreeSet<>(activity.partnerAgencies());
        agencies.add(activity.agency());
        List<String> sorted = List.copyOf(agencies);
        Map<String, Object> period = Periods.dimensions(activity.startDate());
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                String pair = pair(sorted.get(i), sorted.get(j));
                String key = String.join("|", pair, place.code(), (String) period.get(Periods.MONTH));
                Map<String, Object> dimensions = new LinkedHashMap<>();
                dimensions.put("pair", pair);
                dimensions.put("agencies", List.of(sorted.get(i), sorted.get(j)));
                dimensions.putAll(place.dimensions());
                dimensions.putAll(period);
                Map<String, Long> totals = new LinkedHashMap<>();
                totals.put(JOINT_ACTIVITIES, 1L);
                totals.put(PARTICIPANTS, activity.participants());
                contributions.add(Contribution.of(new CellRef(ProjectionCollections.COORDINATION, key), dimensions, totals));
            }
        }
        return contributions;
    }

    /** The pair's name: both codes, sorted, joined by '|'. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
