package vn.antq.analytics.reporting;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antq.analytics.query.Enums;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.query.Structures;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** {@code GET /reporting}: the reporting of the units by the rule of {@link ReportingQuery}. */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class ReportingController {

    static final String DESCRIPTION = "Expected reports: for each agency in scope (all known agencies for OPS/ADMIN "
            + "without `agency`) and each period of its cadence (`antq.reporting.cadence.<AGENCY>`: MONTHLY by default, "
            + "or QUARTERLY) whose last month lies in [from, to] and that has ended: every commune in force at the period's "
            + "end within `locality`, plus every district (2019-2024 structure only) and the province within it; periods "
            + "ending up to 2025-06 expect 2019-2024 units, later ones 2025 units. Submitted = the report stands SUBMITTED "
            + "or APPROVED. On time = submitted and first submitted (Vietnam date) by day `antq.analytics.reporting."
            + "on-time-day` (5) of the month after the period. reportingRate = submitted / expected, onTimeRate = on time / "
            + "expected. `notReported` lists the expected units without a submitted or approved report.";

    static final int MAX_MONTHS = ReportingQuery.MAX_MONTHS;

    private final ReportingQuery query;
    private final Structures structures;

    ReportingController(ReportingQuery query, Structures structures) {
        this.query = query;
        this.structures = structures;
    }

    @GetMapping("/reporting")
    @Operation(summary = "Units' reports of their periods: expected, submitted, approved, on time, rates and the units "
            + "that have not reported", description = DESCRIPTION)
    ReportingAnswer reporting(AntqUser user, @RequestParam(required = false) String agency,
            @Parameter(description = "ACTIVITIES (default) or MODEL_REPORTS") @RequestParam(required = false) String dataSet,
            @Parameter(description = "first month: 2024, 2024-Q2, 2024-05 or 2024-05-15") @RequestParam(required = false) String from,
            @Parameter(description = "last month, as from") @RequestParam(required = false) String to,
            @Parameter(description = "a province (2 digits), district (3) or commune (5) code; the token's when absent")
            @RequestParam(required = false) String locality, Locale locale) {
        ReadScope scope = structures.scopeOf(user, agency, locality);
        String set = Enums.parse("dataSet", dataSet, DataSet.class);
        MonthRange range = range(from, to, scope.locality());
        return query.answer(scope, set == null ? DataSet.ACTIVITIES.name() : set, range, locale);
    }

    /** from and to are required, and a locality (asked, or the token's): the expected units are counted one by one. */
    private static MonthRange range(String from, String to, String locality) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null || from.isBlank()) {
            problems.add(FieldProblem.of("from", "Cần có tháng bắt đầu (ví dụ: 2024-01)",
                    "A first month is required (e.g. 2024-01)"));
        }
        if (to == null || to.isBlank()) {
            problems.add(FieldProblem.of("to", "Cần có tháng kết thúc (ví dụ: 2024-12)",
                    "A last month is required (e.g. 2024-12)"));
        }
        if (locality == null) {
            problems.add(FieldProblem.of("locality", "Cần chọn địa bàn: mã tỉnh, huyện hoặc xã",
                    "A locality is required: a province, district or commune code"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        MonthRange range = MonthRange.parse(from, to);
        if (ChronoUnit.MONTHS.between(range.from(), range.to()) >= MAX_MONTHS) {
            throw ApiException.badRequest(FieldProblem.of("to",
                    "Khoảng thời gian quá dài: tối đa " + MAX_MONTHS + " tháng",
                    "The period is too long: at most " + MAX_MONTHS + " months"));
        }
        return range;
    }

}
