package vn.antq.analytics.shortcomings;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antq.analytics.shortcomings.*}: when a figure counts as a shortcoming. Documented with their defaults in
 * {@code analytics-service.yml}; every answer echoes them.
 */
@ConfigurationProperties("antq.analytics.shortcomings")
public record ShortcomingThresholds(@DefaultValue Participation participation, @DefaultValue Coordination coordination,
                                    @DefaultValue Reviews reviews,
                                    @DefaultValue Reporting irregularReporting,
                                    @DefaultValue Outcomes outcomeWorsening,
                                    @DefaultValue DigitalSkills digitalSkillsGap) {

    /**
     * LOW_PARTICIPATION, for communes and districts.
     *
     * @param bottomQuantile           low means in this bottom share of the province's communes (districts) ...
     * @param shareOfMedian            ... and below this share of their median, per resident or per activity
     * @param minLocalities            fewer peers than this in a province: no comparison
     * @param declineShare             or: participations fell by more than this share against the same months a year
     *                                 earlier
     * @param declineMinParticipations the earlier months had at least this many participations (smaller figures
     *                                 swing by chance)
     */
    public record Participation(@DefaultValue("0.25") double bottomQuantile, @DefaultValue("0.5") double shareOfMedian,
                                @DefaultValue("4") int minLocalities, @DefaultValue("0.3") double declineShare,
                                @DefaultValue("200") long declineMinParticipations) {

        public Participation {
            requireShare(bottomQuantile, "participation.bottom-quantile");
            requireShare(shareOfMedian, "participation.share-of-median");
            requireShare(declineShare, "participation.decline-share");
        }
    }

    /**
     * LOOSE_COORDINATION, for the agency pairs of a locality.
     *
     * @param shareOfMedian             few means below this share of the locality's median pair ...
     * @param minMedianJointActivities  ... judged only where the median pair has at least this many joint activities
     * @param declineShare              or: joint activities fell by more than this share against the same months a
     *                                  year earlier
     * @param declineMinJointActivities the earlier months had at least this many
     */
    public record Coordination(@DefaultValue("0.5") double shareOfMedian,
                               @DefaultValue("10") long minMedianJointActivities, @DefaultValue("0.5") double declineShare,
                               @DefaultValue("10") long declineMinJointActivities) {

        public Coordination {
            requireShare(shareOfMedian, "coordination.share-of-median");
            requireShare(declineShare, "coordination.decline-share");
        }
    }

    /** IRREGULAR_REVIEWS: longer than {@code maxGapMonths} without a review conference of an agency in a locality. */
    public record Reviews(@DefaultValue("18") int maxGapMonths) {

        public Reviews {
            if (maxGapMonths < 1) {
                throw new IllegalArgumentException("antq.analytics.shortcomings.reviews.max-gap-months must be at least 1");
            }
        }
    }

    /**
     * IRREGULAR_REPORTING, for each unit expected to report to an agency, over the periods of the window.
     *
     * @param minReportingRate a unit that sent fewer than this share of the reports expected of it (0.8: one month
     *                         missing in a quarter's three, or three in a year, is a finding) ...
     * @param minOnTimeRate    ... or sent fewer than this share of them on time (0.6: lateness is judged more
     *                         leniently than silence)
     */
    public record Reporting(@DefaultValue("0.8") double minReportingRate, @DefaultValue("0.6") double minOnTimeRate) {

        public Reporting {
            requireShare(minReportingRate, "irregular-reporting.min-reporting-rate");
            requireShare(minOnTimeRate, "irregular-reporting.min-on-time-rate");
        }
    }

    /**
     * OUTCOME_WORSENING, for each commune with the police's outcome figures, the period's last months against the same
     * months a year earlier.
     *
     * @param minIncidentRise          incidents rose by more than this share ...
     * @param minIncidents             ... to at least this many (a handful swings by chance) ...
     * @param minOutreachFall          ... while participations fell by more than this share ...
     * @param minEarlierParticipations ... from at least this many
     */
    public record Outcomes(@DefaultValue("0.2") double minIncidentRise, @DefaultValue("5") long minIncidents,
                           @DefaultValue("0.2") double minOutreachFall,
                           @DefaultValue("100") long minEarlierParticipations) {

        public Outcomes {
            requireShare(minOutreachFall, "outcome-worsening.min-outreach-fall");
            if (!(minIncidentRise > 0)) {
                throw new IllegalArgumentException(
                        "antq.analytics.shortcomings.outcome-worsening.min-incident-rise must be above 0");
            }
        }
    }

    /**
     * DIGITAL_SKILLS_GAP, for each commune with outreach in the period's last months (at most 12).
     *
     * @param minActivities a commune that recorded at least this many activities in those months (an active unit,
     *                      not one that records nothing), none of them online ...
     * @param trainingYears ... and none of whose staff was trained in digital skills in this many years up to their end
     */
    public record DigitalSkills(@DefaultValue("3") long minActivities, @DefaultValue("3") int trainingYears) {

        public DigitalSkills {
            if (minActivities < 1 || trainingYears < 1) {
                throw new IllegalArgumentException("antq.analytics.shortcomings.digital-skills-gap.min-activities and "
                        + "training-years must be at least 1");
            }
        }
    }

    /** As the answer echoes them, per kind; PAPER_ONLY_MODEL's window is {@code antq.analytics.paper-only-months}. */
    public ShortcomingsAnswer.Thresholds echo(int paperOnlyMonths) {
        return new ShortcomingsAnswer.Thresholds(
                new ShortcomingsAnswer.LowParticipation(participation.bottomQuantile(), participation.shareOfMedian(),
                        participation.minLocalities(), participation.declineShare(),
                        participation.declineMinParticipations()),
                new ShortcomingsAnswer.LooseCoordination(coordination.shareOfMedian(),
                        coordination.minMedianJointActivities(), coordination.declineShare(),
                        coordination.declineMinJointActivities()),
                new ShortcomingsAnswer.PaperOnlyModel(paperOnlyMonths), new ShortcomingsAnswer.OverlappingModels(2),
                new ShortcomingsAnswer.IrregularReviews(reviews.maxGapMonths()),
                new ShortcomingsAnswer.IrregularReporting(irregularReporting.minReportingRate(),
                        irregularReporting.minOnTimeRate()),
                new ShortcomingsAnswer.OutcomeWorsening(outcomeWorsening.minIncidentRise(),
                        outcomeWorsening.minIncidents(), outcomeWorsening.minOutreachFall(),
                        outcomeWorsening.minEarlierParticipations()),
                new ShortcomingsAnswer.DigitalSkillsGap(digitalSkillsGap.minActivities(), digitalSkillsGap.trainingYears()),
                new ShortcomingsAnswer.MaterialsGap(1));
    }

    private static void requireShare(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("antq.analytics.shortcomings." + name + " must be between 0 and 1");
        }
    }
}
