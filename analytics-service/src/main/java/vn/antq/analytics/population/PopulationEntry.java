package vn.antq.analytics.population;

import java.util.List;

import vn.antq.contracts.material.MaterialLanguage;

import java.util.Objects;

/**
 * The number of residents (dân số) of one administrative unit, as of a year: reference data an ADMIN loads, which
 * the shortcomings need to compare participations per resident.
 *
 * @param code       a province (2 digits), district (3) or commune (5) code of the gazetteer
 * @param population residents, more than zero
 * @param year       the year the figure is for (a census, an estimate)
 * @param languages  the ethnic-minority languages a good share of its residents speak (the materials they need
 *                   beside Vietnamese); none when not given
 */
public record PopulationEntry(String code, long population, int year, List<MaterialLanguage> languages) {

    public PopulationEntry {
        Objects.requireNonNull(code, "code");
        if (population <= 0) {
            throw new IllegalArgumentException("population must be more than zero");
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public PopulationEntry(String code, long population, int year) {
        this(code, population, year, List.of());
    }
}
