package vn.antq.analytics.population;

/**
 * One row of a population upload as sent, before it is checked: any value may be missing or malformed.
 *
 * @param field where the row is, for the problems: {@code [3]} in a JSON list, {@code row[4]} in a CSV file
 */
record PopulationRow(String field, String code, String population, String year) {
}
