package vn.antq.analytics.shortcomings;

/**
 * What the participation projection says about one commune or district, for LOW_PARTICIPATION.
 *
 * @param level        {@code COMMUNE} or {@code DISTRICT}
 * @param district     the district of a commune (null for a district, and for a commune of the 2025 structure)
 * @param activities   activities in the period asked
 * @param participants participations (lượt người) in the period asked
 * @param residents    its population, null when none is loaded for it
 * @param recent       participations in the last months of the period (at most 12)
 * @param earlier      participations in the same months a year earlier
 */
public record LocalityFigures(String level, String code, String name, String province, String provinceName,
                              String district, long activities, long participants, Long residents, long recent,
                              long earlier) {

    public static final String COMMUNE = "COMMUNE";
    public static final String DISTRICT = "DISTRICT";

    Double perThousandResidents() {
        return residents == null || residents <= 0 ? null : participants * 1000.0 / residents;
    }

    Double perActivity() {
        return activities <= 0 ? null : (double) participants / activities;
    }
}
