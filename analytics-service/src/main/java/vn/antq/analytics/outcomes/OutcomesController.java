package vn.antq.analytics.outcomes;

import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.query.GroupBy;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.Structures;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Word;

/**
 * The police's outcome figures (crime by group, social evils, residents' reports of crime, people who offended
 * helped, disputes mediated, security incidents) per unit and period, beside the outreach of the same units and
 * months. A commune's figures are the police's and OPS's: any other reader gets districts and provinces, and asking
 * for a commune (by {@code groupBy=commune} or a commune {@code locality}) is 403, never a narrowed answer.
 */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class OutcomesController {

    static final List<String> GROUP_KEYS = List.of("province", "district", "commune", "year", "quarter", "month");
    static final String POLICE = "POLICE";

    private final Structures structures;
    private final OutcomesQuery query;
    private final Clock clock;

    OutcomesController(Structures structures, OutcomesQuery query, Clock clock) {
        this.structures = structures;
        this.query = query;
        this.clock = clock;
    }

    @GetMapping("/outcomes")
    @Operation(summary = "Outcome figures per unit and period beside outreach intensity (participations per 1,000 "
            + "residents); commune detail for the police, OPS and ADMIN only")
    OutcomesAnswer outcomes(AntqUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "The agency whose outreach is set beside the outcomes (OPS, ADMIN: any or all; "
                    + "others: their own)") @RequestParam(required = false) String agency,
            @Parameter(description = "A province (2 digits), district (3) or commune (5) code")
            @RequestParam(required = false) String locality,
            @Parameter(description = "Any of province, district, commune, year, quarter, month; default year")
            @RequestParam(required = false) String groupBy) {
        List<String> keys = GroupBy.parse(groupBy, GROUP_KEYS, List.of("year"));
        ReadScope scope = structures.scopeOf(user, agency, locality);
        boolean communeDetail = keys.contains(Place.COMMUNE)
                || scope.locality() != null && ReadScope.localityField(scope.locality()).equals(Place.COMMUNE);
        if (communeDetail && !user.isOpsOrAdmin() && !user.covers(POLICE)) {
            throw ApiException.forbidden("access.outcomes.commune-detail", Word.agency(user.agency()));
        }
        MonthRange range = MonthRange.parse(from, to);
        return OutcomesAnswer.of(query.rows(scope, range, keys), clock);
    }
}
