package vn.antq.analytics.coordination;

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
import vn.antq.analytics.query.GroupBy;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReformedAggregation.Grain;
import vn.antq.analytics.query.StructureView;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reporting.ApprovedReports;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.security.AntqUser;

/**
 * Joint activities per pair of agencies (phối hợp giữa các lực lượng). {@code agency} keeps the pairs that
 * include it; an agency user sees exactly the pairs its own agency is part of.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class CoordinationController {

    static final List<String> GROUP_KEYS =
            List.of("pair", "province", "district", "commune", "year", "quarter", "month");

    private final Generations generations;
    private final Structures structures;
    private final ApprovedReports approvedReports;
    private final Clock clock;

    CoordinationController(Generations generations, Structures structures, ApprovedReports approvedReports, Clock clock) {
        this.generations = generations;
        this.structures = structures;
        this.approvedReports = approvedReports;
        this.clock = clock;
    }

    @GetMapping("/coordination")
    @Operation(summary = "Joint activities per pair of agencies; an agency sees the pairs it is part of")
    CoordinationAnswer coordination(AntqUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @RequestParam(required = false) String groupBy,
            @Parameter(description = Structures.DESCRIPTION) @RequestParam(required = false) String structure,
            @Parameter(description = ApprovedReports.DESCRIPTION) @RequestParam(defaultValue = "false") boolean approvedOnly) {
        StructureView view = structures.ask(user, structure, agency, locality);
        List<String> keys = view.groupKeys(GroupBy.parse(groupBy, GROUP_KEYS, List.of("pair")));
        MonthRange range = MonthRange.parse(from, to);
        Document match = range.addTo(new Document());
        // "agencies" is the pair as an array: matching one code keeps every pair that includes it.
        view.addTo(match, "agencies");
        if (approvedOnly) {
            match.putAll(approvedReports.ofPairCells(DataSet.ACTIVITIES, range));
        }
        StructureView.Rows rows = generations.answer(generation -> view.rows(
                generations.cells(generation, ProjectionCollections.COORDINATION),
                match, keys, CoordinationCells.TOTALS, Grain.MONTH));
        return CoordinationAnswer.of(view, rows, clock);
    }
}
