package vn.antq.analytics.trainings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.GroupKeys;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.contracts.common.Channel;

/**
 * Staff trained in digital skills beside the online outreach they are trained for: per group of the keys asked for,
 * the staff of the scope's agencies trained in the units and months (attendees counted where they work), and the
 * online activities (channel ONLINE: website, Fanpage, Zalo, mobile messages) the same agencies recorded there.
 */
@Component
public class TrainingsQuery {

    /** Online activities, beside the trainings. */
    public static final String ONLINE_ACTIVITIES = "onlineActivities";
    static final List<String> TOTALS = List.of(TrainingCells.TRAININGS, TrainingCells.STAFF, ONLINE_ACTIVITIES);

    private final Generations generations;

    TrainingsQuery(Generations generations) {
        this.generations = generations;
    }

    /** Rows keyed as asked, each with the sessions, the staff trained and the online activities. */
    public List<Map<String, Object>> rows(ReadScope scope, MonthRange range, List<String> keys) {
        Document match = scope.addTo(range.addTo(new Document()), "agency");
        Document online = new Document(match).append("channel", Channel.ONLINE.name());
        Map<String, Map<String, Object>> joined = new TreeMap<>();
        generations.answer(generation -> {
            for (Map<String, Object> row : CellAggregation.rows(
                    generations.cells(generation, ProjectionCollections.TRAININGS), match, keys, TrainingCells.TOTALS)) {
                joined.computeIfAbsent(GroupKeys.joinKey(row, keys), k -> new LinkedHashMap<>()).putAll(row);
            }
            for (Map<String, Object> row : CellAggregation.rows(generations.cells(generation,
                    ProjectionCollections.PARTICIPATION), online, keys, List.of(ParticipationCells.ACTIVITIES))) {
                Map<String, Object> joinedRow = joined.computeIfAbsent(GroupKeys.joinKey(row, keys), k -> new LinkedHashMap<>());
                joinedRow.putAll(row);
                joinedRow.put(ONLINE_ACTIVITIES, joinedRow.remove(ParticipationCells.ACTIVITIES));
            }
            return null;
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : joined.values()) {
            // A unit with online activities but nobody trained (or the reverse) has zeros on the other side.
            TOTALS.forEach(total -> row.putIfAbsent(total, 0L));
            rows.add(row);
        }
        return rows;
    }

}
