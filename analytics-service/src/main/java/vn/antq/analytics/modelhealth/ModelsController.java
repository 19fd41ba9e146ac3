package vn.antq.analytics.modelhealth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

import vn.antq.analytics.query.Structures;
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
    private final Clock clock;

    ModelsController(ModelHealthQuery query, Structures structures, Clock clock) {
        this.query = query;
        this.structures = structures;
        this.clock = clock;
    }

    @GetMapping("/models")
    @Operation(summary = "The health of the self-managed security models as of a date: by status and type, reports, "
            + "models without reports, overlapping models")
    ModelsAnswer models(AntqUser user, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String type,
            @Parameter(description = Structures.LOCALITY_DESCRIPTION) @RequestParam(required = false) String locality,
            @Parameter(description = Structures.DESCRIPTION) @RequestParam(required = false) String structure) {
        LocalDate day = asOf(asOf);
        return query.answer(structures.ask(user, structure, agency, locality), type, day);
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
