package vn.antq.analytics.participation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.Enums;
import vn.antq.analytics.query.GroupBy;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.kit.security.AntqUser;

/**
 * Participation (lượt người tham gia) by any combination of agency, locality, period, channel and kind: one
 * {@code $match} + {@code $group} over the cube, never over raw events.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class ParticipationController {

    static final List<String> GROUP_KEYS =
            List.of("agency", "province", "district", "commune", "year", "quarter", "month", "channel", "kind");

    private final MongoDatabase database;
    private final Generations generations;
    private final Places places;
    private final Clock clock;

    ParticipationController(MongoDatabase analyticsDatabase, Generations generations, Places places, Clock clock) {
        this.database = analyticsDatabase;
        this.generations = generations;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/participation")
    Map<String, Object> participation(AntqUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String locality,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String groupBy) {
        List<String> keys = GroupBy.parse(groupBy, GROUP_KEYS, List.of());
        Document match = MonthRange.parse(from, to).addTo(new Document());
        ReadScope.of(user, agency, locality, places).addTo(match, "agency");
        addIfPresent(match, "channel", Enums.parse("channel", channel, Channel.class));
        addIfPresent(match, "kind", Enums.parse("kind", kind, ActivityKind.class));
        List<Map<String, Object>> rows = generations.answer(generation -> CellAggregation.rows(
                database.getCollection(Generations.collection(generation, ProjectionCollections.PARTICIPATION)),
                match, keys, ParticipationCells.TOTALS));
        return Answers.rows(rows, CellAggregation.totals(rows, ParticipationCells.TOTALS), clock);
    }

    private static void addIfPresent(Document match, String field, String value) {
        if (value != null) {
            match.append(field, value);
        }
    }
}
