package vn.antq.analytics.materials;

import static vn.antq.analytics.query.GroupKeys.key;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.query.Answers;
import vn.antq.contracts.material.MaterialLanguage;

/** {@code GET /materials}: per unit, the official materials it received and used, and the languages they cover. */
public record MaterialsAnswer(List<Row> rows, Totals totals,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    public static MaterialsAnswer of(List<MaterialsQuery.Coverage> coverage, Clock clock) {
        Set<String> current = new TreeSet<>();
        Set<String> received = new TreeSet<>();
        long distributions = 0;
        long copies = 0;
        long uses = 0;
        for (MaterialsQuery.Coverage unit : coverage) {
            current.addAll(unit.current());
            received.addAll(unit.received());
            distributions += unit.distributions();
            copies += unit.copies();
            uses += unit.uses();
        }
        return new MaterialsAnswer(coverage.stream().map(Row::of).toList(),
                new Totals(received.size(), current.size(), distributions, copies, uses), Answers.asOf(clock));
    }

    /** Over every row: distinct materials, and the sums. */
    @Schema(name = "MaterialTotals")
    public record Totals(long materialsReceived, long currentMaterials, long distributions, long copies, long uses) {
    }

    /** A unit (the keys asked for in {@code groupBy}) and its coverage. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MaterialRow")
    public record Row(Optional<String> province, Optional<String> provinceName, Optional<String> district,
            Optional<String> districtName, Optional<String> commune, Optional<String> communeName,
            @Schema(description = "distinct materials received") long materialsReceived,
            @Schema(description = "of them not withdrawn") long currentMaterials,
            @Schema(description = "distinct materials its activities used") long materialsUsed,
            long distributions, long copies,
            @Schema(description = "distributions that gave the file or the link") long digital,
            @Schema(description = "activities' uses of materials") long uses,
            @Schema(description = "languages of the current materials received") List<MaterialLanguage> languages,
            @Schema(description = "languages its residents speak, from the population reference data")
            List<MaterialLanguage> residentLanguages,
            @Schema(description = "residents' languages no current material received is in")
            List<MaterialLanguage> missingLanguages) {

        static Row of(MaterialsQuery.Coverage unit) {
            Map<String, Object> keys = unit.keys();
            return new Row(key(keys, "province", String.class), key(keys, "provinceName", String.class),
                    key(keys, "district", String.class), key(keys, "districtName", String.class),
                    key(keys, "commune", String.class), key(keys, "communeName", String.class),
                    unit.received().size(), unit.current().size(), unit.used().size(), unit.distributions(),
                    unit.copies(), unit.digital(), unit.uses(), List.copyOf(unit.languages()),
                    List.copyOf(unit.residentLanguages()), List.copyOf(unit.missingLanguages()));
        }
    }
}
