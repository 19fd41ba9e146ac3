package vn.antq.analytics.population;

import java.util.Objects;

/**
 * The number of residents (dân số) of one administrative unit, as of a year: reference data an ADMIN loads, which
 * the shortcomings need to compare participations per resident.
 *
 * @param code       a province (2 digits), district (3) or commune (5) code of the gazetteer
 * @param population residents, more than zero
 * @param year       the year the figure is for (a census, an estimate)
 */
public record PopulationEntry(String code, long population, int year) {

    public PopulationEntry {
        Objects.requireNonNull(code, "code");
        if (population <= 0) {
            throw new IllegalArgumentException("population must be more than zero");
        }
    }
}
