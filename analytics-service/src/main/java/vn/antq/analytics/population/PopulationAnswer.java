package vn.antq.analytics.population;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET/PUT /reference/population}: the population table as loaded, each code with its place's name and level. */
public record PopulationAnswer(@Schema(description = "how many entries") int count,
        @Schema(description = "when the table was last replaced, Vietnam time") String updatedAt,
        @Schema(description = "who replaced it") String updatedBy, List<Entry> entries,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    /** One locality's residents. */
    @Schema(name = "PopulationEntryView")
    public record Entry(@Schema(description = "province (2 digits), district (3) or commune (5) code") String code,
            @Schema(description = "the place's name, when the code is known") String name,
            @Schema(description = "PROVINCE, DISTRICT or COMMUNE, when the code is known") String level,
            long population, int year,
            @Schema(description = "the ethnic-minority languages its residents speak, as loaded") List<String> languages) {
    }
}
