package vn.antq.analytics.shortcomings;

/**
 * One commune's outreach in the period's last months and its staff trained in digital skills in the years judged: the
 * input of {@link DigitalSkillsRule}.
 *
 * @param activities           activities recorded in the commune, recent months
 * @param onlineActivities     of them online
 * @param trainedStaff         the commune's staff trained in digital skills
 * @param provinceTrainedStaff the same for the whole province
 */
record DigitalSkillsFigures(String code, String name, String district, String province, String provinceName,
                            long activities, long onlineActivities, long trainedStaff, long provinceTrainedStaff) {
}
