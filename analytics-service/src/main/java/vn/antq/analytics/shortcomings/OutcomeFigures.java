package vn.antq.analytics.shortcomings;

/**
 * One commune's outcome and outreach figures, the period's last months against the same months a year earlier: the
 * input of {@link OutcomeRule}.
 *
 * @param incidentsRecent  crime cases, social-evil cases and security incidents recorded by the police, recent months
 * @param incidentsEarlier the same, a year earlier
 * @param recent           participations in outreach in the recent months
 * @param earlier          participations a year earlier
 * @param residents        the commune's population where the reference data has it, else null
 */
record OutcomeFigures(String code, String name, String district, String province, String provinceName,
                      long incidentsRecent, long incidentsEarlier, long recent, long earlier, Long residents) {
}
