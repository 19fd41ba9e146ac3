package vn.antq.analytics.usercounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.Enums;
import vn.antq.analytics.query.GroupBy;
import vn.antq.analytics.query.StructureView;
import vn.antq.analytics.query.Structures;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;

/**
 * Active users (người dùng đang hoạt động): enabled accounts by agency, role and unit, from identity-service's
 * account events, under the caller's read scope like every answer.
 */
@RestController
@Tag(name = "Analytics", description = "Số liệu tổng hợp: figures computed from the recorded events")
@RequestMapping("/api/v1/analytics")
class UsersController {

    static final List<String> GROUP_KEYS = List.of("agency", "role", "structure", "province", "district", "commune");

    private final Generations generations;
    private final Structures structures;
    private final Clock clock;

    UsersController(Generations generations, Structures structures, Clock clock) {
        this.generations = generations;
        this.structures = structures;
        this.clock = clock;
    }

    @GetMapping("/users")
    @Operation(summary = "Enabled accounts, counted once per role, grouped by agency, role and unit")
    UsersAnswer users(AntqUser user, @RequestParam(required = false) String agency,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @RequestParam(required = false) String role, @RequestParam(required = false) String groupBy) {
        StructureView view = structures.ask(user, null, agency, locality);
        List<String> keys = GroupBy.parse(groupBy, GROUP_KEYS, List.of("agency", "role"));
        Document match = view.addTo(new Document(), "agency");
        String roleName = Enums.parse("role", role, Role.class);
        if (roleName != null) {
            match.append("role", roleName);
        }
        List<Map<String, Object>> rows = generations.answer(generation -> CellAggregation.rows(
                generations.cells(generation, ProjectionCollections.USERS), match, keys, UserCells.TOTALS));
        return UsersAnswer.of(rows, clock);
    }
}
