package vn.antq.analytics.modelhealth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.YearMonth;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

import vn.antq.analytics.dimension.Periods;
import vn.antq.analytics.query.StructureView;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reporting.ApprovedReports;
import vn.antq.analytics.reporting.PeriodCells;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** The health of the self-managed security models as of a date (see {@link ModelHealthQuery}). */
@RestController
@Tag(name = "Analytics")
@RequestMapping("/api/v1/analytics")
class ModelsController {

    private final ModelHealthQuery query;
    private final Structures structures;
    private final ApprovedReports approvedReports;
    private final Clock clock;

    ModelsController(ModelHealthQuery query, Structures structures, ApprovedReports approvedReports, Clock clock) {
        this.query = query;
        this.structures = structures;
        this.approvedReports = approvedReports;
        this.clock = clock;
    }

    @GetMapping("/models")
    @Operation(summary = "The health of the self-managed security models as of a date: by status and type, reports, "
            + "models without reports, overlapping models")
    ModelsAnswer models(AntqUser user, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String type,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @Parameter(description = Structures.DESCRIPTION) @RequestParam(required = false) String structure,
            @Parameter(description = "true: the report totals sum only the models' reports whose unit's report of the "
                    + "period (data set MODEL_REPORTS; for a month, or the quarter holding it) stands APPROVED; counts "
                    + "by status and type, and the flags, are unchanged. Default false.")
            @RequestParam(defaultValue = "false") boolean approvedOnly) {
        LocalDate day = asOf(asOf);
        StructureView view = structures.ask(user, structure, agency, locality);
        if (!approvedOnly) {
            return query.answer(view, type, day);
        }
        Set<String> approved = approvedReports.keys(DataSet.MODEL_REPORTS);
        // A month's report also counts under its unit's approved quarter (an agency that reports quarterly).
        return query.answer(view, type, day, (model, unit, period) -> approved.contains(approvedKey(model, unit, period))
                || period.length() == 7
                        && approved.contains(approvedKey(model, unit, Periods.quarter(YearMonth.parse(period).atDay(1)))));
    }

    private static String approvedKey(String agency, String unit, String period) {
        return PeriodCells.key(DataSet.MODEL_REPORTS.name(), agency, unit, period);
    }

    private LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return VietnamTime.today(clock);
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(FieldProblem.of("asOf", "Ngày không hợp lệ: '" + asOf + "' (dạng 2024-12-31)",
                    "Invalid date: '" + asOf + "' (use 2024-12-31)"));
        }
    }
}
