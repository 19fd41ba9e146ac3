package vn.antq.analytics.participation;

import java.time.Clock;
import java.util.List;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Enums;
import vn.antq.analytics.query.GroupBy;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReformedAggregation.Grain;
import vn.antq.analytics.query.StructureView;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reporting.ApprovedReports;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.security.AntqUser;

/**
 * Participation (lượt người tham gia) by any combination of agency, locality, period, channel and kind: one
 * {@code $match} + {@code $group} over the cube, never over raw events.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class ParticipationController {

    static final List<String> GROUP_KEYS =
            List.of("agency", "province", "district", "commune", "year", "quarter", "month", "channel", "kind");

    private final Generations generations;
    private final Structures structures;
    private final ApprovedReports approvedReports;
    private final Clock clock;

    ParticipationController(Generations generations, Structures structures, ApprovedReports approvedReports, Clock clock) {
        this.generations = generations;
        this.structures = structures;
        this.approvedReports = approvedReports;
        this.clock = clock;
    }

    @GetMapping("/participation")
    @Operation(summary = "Participation by any combination of agency, locality, period, channel and kind")
    ParticipationAnswer participation(AntqUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String groupBy,
            @Parameter(description = Structures.DESCRIPTION) @RequestParam(required = false) String structure,
            @Parameter(description = ApprovedReports.DESCRIPTION) @RequestParam(defaultValue = "false") boolean approvedOnly) {
        StructureView view = structures.ask(user, structure, agency, locality);
        List<String> keys = view.groupKeys(GroupBy.parse(groupBy, GROUP_KEYS, List.of()));
        MonthRange range = MonthRange.parse(from, to);
        Document match = range.addTo(new Document());
        view.addTo(match, "agency");
        if (approvedOnly) {
            match.putAll(approvedReports.ofAgencyCells(DataSet.ACTIVITIES, range, view.scope().agency()));
        }
        addIfPresent(match, "channel", Enums.parse("channel", channel, Channel.class));
        addIfPresent(match, "kind", Enums.parse("kind", kind, ActivityKind.class));
        StructureView.Rows rows = generations.answer(generation -> view.rows(
                generations.cells(generation, ProjectionCollections.PARTICIPATION),
                match, keys, ParticipationCells.TOTALS, Grain.MONTH));
        return ParticipationAnswer.of(view, rows, clock);
    }

    private static void addIfPresent(Document match, String field, String value) {
        if (value != null) {
            match.append(field, value);
        }
    }
}
