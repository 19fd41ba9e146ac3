package vn.antq.analytics.population;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.query.Answers;
import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;

/**
 * Population reference data (dân số): an ADMIN loads the residents of provinces, districts and communes, as a JSON
 * list or a CSV file, and the shortcomings compare participations per resident with them. A load replaces the whole
 * table, all or nothing; anyone signed in may read it.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics/reference/population", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reference data", description = "Dữ liệu tham chiếu: population per locality, loaded by ADMIN")
class PopulationController {

    /** One element of the JSON list; every field is checked by {@link PopulationUpload}. */
    record PopulationJson(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long population,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
            @Schema(description = "the ethnic-minority languages a good share of the residents speak, e.g. [\"XO_DANG\"]; "
                    + "optional") List<String> languages) {
    }

    private final PopulationStore store;
    private final Places places;
    private final Clock clock;

    PopulationController(PopulationStore store, Places places, Clock clock) {
        this.store = store;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The population table: residents per province, district and commune code (any signed-in user)")
    PopulationAnswer table(AntqUser user) {
        return view(store.load());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the population table with a JSON list of {code, population, year, languages} (ADMIN); "
            + "every problem is reported field by field and nothing is stored unless every row is valid")
    PopulationAnswer replace(AntqUser user, @RequestBody List<PopulationJson> rows) {
        AccessRules.requireRole(user, Role.ADMIN);
        return store(user, PopulationUpload.fromJson(rows));
    }

    @PutMapping(consumes = "text/csv")
    @Operation(summary = "Replace the population table with a CSV file with the columns code, population, year and "
            + "optionally languages (ADMIN)")
    PopulationAnswer replaceCsv(AntqUser user, @RequestBody byte[] file) {
        AccessRules.requireRole(user, Role.ADMIN);
        return store(user, PopulationUpload.fromCsv(file));
    }

    private PopulationAnswer store(AntqUser user, List<PopulationRow> rows) {
        List<PopulationEntry> entries = new PopulationUpload(places, VietnamTime.today(clock).getYear()).entries(rows);
        store.replace(entries, user.subject(), clock.instant());
        return view(store.load());
    }

    private PopulationAnswer view(PopulationTable table) {
        List<PopulationAnswer.Entry> entries = new ArrayList<>();
        for (PopulationEntry entry : table.entries()) {
            AdminPath path = places.resolve(entry.code()).orElse(null);
            entries.add(new PopulationAnswer.Entry(entry.code(), path == null ? null : path.mostSpecific().name(),
                    path == null ? null : path.mostSpecific().level().name(), entry.population(), entry.year(),
                    entry.languages().stream().map(Enum::name).toList()));
        }
        return new PopulationAnswer(entries.size(), table.updatedAt() == null ? null
                : OffsetDateTime.ofInstant(table.updatedAt(), VietnamTime.ZONE).toString(), table.updatedBy(),
                List.copyOf(entries), Answers.asOf(clock));
    }
}
