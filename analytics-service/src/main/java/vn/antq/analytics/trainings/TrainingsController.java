package vn.antq.analytics.trainings;

import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antq.analytics.query.GroupBy;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.Structures;
import vn.antq.kit.security.AntqUser;

/**
 * Staff trained in digital skills per unit, agency and period, beside the online outreach of the same units: who
 * reads what is the other answers' rule (OPS and ADMIN everything; an agency's staff their own agency, inside their
 * locality).
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class TrainingsController {

    static final List<String> GROUP_KEYS = List.of("agency", "province", "district", "commune", "year", "quarter",
            "month");

    private final Structures structures;
    private final TrainingsQuery query;
    private final Clock clock;

    TrainingsController(Structures structures, TrainingsQuery query, Clock clock) {
        this.structures = structures;
        this.query = query;
        this.clock = clock;
    }

    @GetMapping("/trainings")
    @Operation(summary = "Staff trained in digital skills per unit and period (counted where they work), beside the "
            + "online activities recorded there")
    TrainingsAnswer trainings(AntqUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "The agency whose staff are counted (OPS, ADMIN: any or all; others: their own)")
            @RequestParam(required = false) String agency,
            @Parameter(description = "A province (2 digits), district (3) or commune (5) code")
            @RequestParam(required = false) String locality,
            @Parameter(description = "Any of agency, province, district, commune, year, quarter, month; default agency")
            @RequestParam(required = false) String groupBy) {
        List<String> keys = GroupBy.parse(groupBy, GROUP_KEYS, List.of("agency"));
        ReadScope scope = structures.scopeOf(user, agency, locality);
        return TrainingsAnswer.of(query.rows(scope, MonthRange.parse(from, to), keys), clock);
    }
}
