package vn.antq.analytics.materials;

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
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.Structures;
import vn.antq.kit.security.AntqUser;

/**
 * Materials coverage per unit, as of now: the official materials each unit received and used, the languages of the
 * current ones beside the languages its residents speak. Who reads what is the other answers' rule.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class MaterialsController {

    static final List<String> GROUP_KEYS = List.of("province", "district", "commune");

    private final Structures structures;
    private final MaterialsQuery query;
    private final Clock clock;

    MaterialsController(Structures structures, MaterialsQuery query, Clock clock) {
        this.structures = structures;
        this.query = query;
        this.clock = clock;
    }

    @GetMapping("/materials")
    @Operation(summary = "Official materials each unit received and used, and the residents' languages they miss")
    MaterialsAnswer materials(AntqUser user,
            @Parameter(description = "The agency whose distributions and activities count (OPS, ADMIN: any or all; "
                    + "others: their own)") @RequestParam(required = false) String agency,
            @Parameter(description = "A province (2 digits), district (3) or commune (5) code")
            @RequestParam(required = false) String locality,
            @Parameter(description = "Any of province, district, commune; default commune")
            @RequestParam(required = false) String groupBy) {
        List<String> keys = GroupBy.parse(groupBy, GROUP_KEYS, List.of("commune"));
        ReadScope scope = structures.scopeOf(user, agency, locality);
        return MaterialsAnswer.of(query.coverage(scope, keys), clock);
    }
}
