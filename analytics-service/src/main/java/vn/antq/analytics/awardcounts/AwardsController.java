package vn.antq.analytics.awardcounts;

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
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;
import vn.antq.kit.security.AntqUser;

/** Awards (khen thưởng) counted by current status, grouped by recipient agency, form, recipient type and year. */
@RestController
@Tag(name = "Analytics", description = "Số liệu tổng hợp: figures computed from the recorded events")
@RequestMapping("/api/v1/analytics")
class AwardsController {

    static final List<String> GROUP_KEYS = List.of("agency", "form", "recipientType", "year");

    private final Generations generations;
    private final Structures structures;
    private final Clock clock;

    AwardsController(Generations generations, Structures structures, Clock clock) {
        this.generations = generations;
        this.structures = structures;
        this.clock = clock;
    }

    /** {@code from}/{@code to} select whole years (2019, or any date or month within one). */
    @GetMapping("/awards")
    @Operation(summary = "Awards counted by current status, grouped by recipient agency, form, recipient type and year")
    AwardsAnswer awards(AntqUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @RequestParam(required = false) String form, @RequestParam(required = false) String recipientType,
            @RequestParam(required = false) String groupBy,
            @Parameter(description = Structures.DESCRIPTION) @RequestParam(required = false) String structure) {
        StructureView view = structures.ask(user, structure, agency, locality);
        List<String> keys = GroupBy.parse(groupBy, GROUP_KEYS, List.of("agency", "form"));
        Document match = MonthRange.parse(from, to).addYearsTo(new Document());
        view.addTo(match, "agency");
        String formName = Enums.parse("form", form, AwardForm.class);
        if (formName != null) {
            match.append("form", formName);
        }
        String typeName = Enums.parse("recipientType", recipientType, RecipientType.class);
        if (typeName != null) {
            match.append("recipientType", typeName);
        }
        StructureView.Rows rows = generations.answer(generation -> view.rows(
                generations.cells(generation, ProjectionCollections.AWARDS),
                match, keys, AwardCells.TOTALS, Grain.YEAR));
        return AwardsAnswer.of(view, rows, clock);
    }
}
