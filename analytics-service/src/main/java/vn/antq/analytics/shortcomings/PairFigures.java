package vn.antq.analytics.shortcomings;

/**
 * What the coordination projection says about one pair of agencies in one locality, for LOOSE_COORDINATION.
 *
 * @param pair    the two agency codes, sorted, joined by '|' ({@code FARMERS|VETERANS})
 * @param joint   their joint activities in the period asked (0 when they had none)
 * @param recent  joint activities in the last months of the period (at most 12)
 * @param earlier joint activities in the same months a year earlier
 */
public record PairFigures(String pair, String locality, String localityName, long joint, long recent, long earlier) {

    public String first() {
        return pair.substring(0, pair.indexOf('|'));
    }

    public String second() {
        return pair.substring(pair.indexOf('|') + 1);
    }
}
