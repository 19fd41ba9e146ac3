package vn.antq.analytics.population;

/**
 * One row of a population upload as sent, before it is checked: any value may be missing or malformed.
 *
 * @param field     where the row is, for the problems: {@code [3]} in a JSON list, {@code row[4]} in a CSV file
 * @param languages language codes separated by spaces, commas, semicolons or {@code |}; optional
 */
record PopulationRow(String field, String code, String population, String year, String languages) {

    PopulationRow(String field, String code, String population, String year) {
        this(field, code, population, year, null);
    }
}
