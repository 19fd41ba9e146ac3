package vn.antq.analytics.shortcomings;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.Structures;
import vn.antq.kit.security.AntqUser;

/** The shortcomings the platform finds by itself (hạn chế), each with its evidence (see {@link ShortcomingsQuery}). */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
class ShortcomingsController {

    private final ShortcomingsQuery query;
    private final Structures structures;

    ShortcomingsController(ShortcomingsQuery query, Structures structures) {
        this.query = query;
        this.structures = structures;
    }

    @GetMapping("/shortcomings")
    @Operation(summary = "Shortcomings found from the projections: LOW_PARTICIPATION, LOOSE_COORDINATION, "
            + "PAPER_ONLY_MODEL, OVERLAPPING_MODELS, IRREGULAR_REVIEWS, IRREGULAR_REPORTING, OUTCOME_WORSENING (police, OPS and ADMIN), each with its subject, severity, evidence and a "
            + "one-line explanation in Vietnamese and English; the thresholds are echoed. OPS and ADMIN see every "
            + "finding, anyone else those about their own agency's work")
    ShortcomingsAnswer shortcomings(AntqUser user,
            @Parameter(description = "first month: 2024, 2024-Q2, 2024-05 or 2024-05-15") @RequestParam(required = false) String from,
            @Parameter(description = "last month, inclusive") @RequestParam(required = false) String to,
            @Parameter(description = "province (2 digits), district (3) or commune (5) code") @RequestParam(required = false) String locality) {
        MonthRange range = MonthRange.parse(from, to);
        return query.answer(structures.scopeOf(user, null, locality), range);
    }
}
