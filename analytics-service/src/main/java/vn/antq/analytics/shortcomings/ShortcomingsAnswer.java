package vn.antq.analytics.shortcomings;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.contracts.common.Label;

/**
 * {@code GET /shortcomings}: the shortcomings found for a period and locality, with the thresholds they were judged by,
 * how many of each kind, and the tests skipped. The review report reads the same record.
 */
public record ShortcomingsAnswer(@Schema(description = "first month asked, as given") String from,
        @Schema(description = "last month asked, as given") String to,
        @Schema(description = "the locality code asked") String locality, Thresholds thresholds, Counts counts,
        List<Finding> findings, List<Skipped> skipped,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    /** The thresholds the findings were judged by, per kind. */
    @Schema(name = "ShortcomingThresholdsEcho")
    public record Thresholds(@JsonProperty("LOW_PARTICIPATION") LowParticipation lowParticipation,
            @JsonProperty("LOOSE_COORDINATION") LooseCoordination looseCoordination,
            @JsonProperty("PAPER_ONLY_MODEL") PaperOnlyModel paperOnlyModel,
            @JsonProperty("OVERLAPPING_MODELS") OverlappingModels overlappingModels,
            @JsonProperty("IRREGULAR_REVIEWS") IrregularReviews irregularReviews,
            @JsonProperty("IRREGULAR_REPORTING") IrregularReporting irregularReporting,
            @JsonProperty("OUTCOME_WORSENING") OutcomeWorsening outcomeWorsening,
            @JsonProperty("DIGITAL_SKILLS_GAP") DigitalSkillsGap digitalSkillsGap,
            @JsonProperty("MATERIALS_GAP") MaterialsGap materialsGap) {
    }

    @Schema(name = "LowParticipationThresholds")
    public record LowParticipation(double bottomQuantile, double shareOfMedian, int minLocalities, double declineShare,
            long declineMinParticipations) {
    }

    @Schema(name = "LooseCoordinationThresholds")
    public record LooseCoordination(double shareOfMedian, long minMedianJointActivities, double declineShare,
            long declineMinJointActivities) {
    }

    @Schema(name = "PaperOnlyModelThresholds")
    public record PaperOnlyModel(int paperOnlyMonths) {
    }

    @Schema(name = "OverlappingModelsThresholds")
    public record OverlappingModels(int minActiveModels) {
    }

    @Schema(name = "IrregularReviewsThresholds")
    public record IrregularReviews(int maxGapMonths) {
    }

    @Schema(name = "IrregularReportingThresholds")
    public record IrregularReporting(double minReportingRate, double minOnTimeRate) {
    }

    @Schema(name = "OutcomeWorseningThresholds")
    public record OutcomeWorsening(double minIncidentRise, long minIncidents, double minOutreachFall,
            long minEarlierParticipations) {
    }

    @Schema(name = "DigitalSkillsGapThresholds")
    public record DigitalSkillsGap(long minActivities, int trainingYears) {
    }

    /** MATERIALS_GAP: below this share of the province's median is weak outreach (the median itself: 1). */
    @Schema(name = "MaterialsGapThresholds")
    public record MaterialsGap(double shareOfMedian) {
    }

    /** How many findings of each kind, every kind present. */
    @Schema(name = "ShortcomingCounts")
    public record Counts(@JsonProperty("LOW_PARTICIPATION") long lowParticipation,
            @JsonProperty("LOOSE_COORDINATION") long looseCoordination,
            @JsonProperty("PAPER_ONLY_MODEL") long paperOnlyModel,
            @JsonProperty("OVERLAPPING_MODELS") long overlappingModels,
            @JsonProperty("IRREGULAR_REVIEWS") long irregularReviews,
            @JsonProperty("IRREGULAR_REPORTING") long irregularReporting,
            @JsonProperty("OUTCOME_WORSENING") long outcomeWorsening,
            @JsonProperty("DIGITAL_SKILLS_GAP") long digitalSkillsGap,
            @JsonProperty("MATERIALS_GAP") long materialsGap) {

        static Counts of(List<Finding> findings) {
            long[] counts = new long[ShortcomingKind.values().length];
            findings.forEach(finding -> counts[finding.kind().ordinal()]++);
            return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                    counts[7], counts[8]);
        }

        /** The count of one kind. */
        public long of(ShortcomingKind kind) {
            return switch (kind) {
                case LOW_PARTICIPATION -> lowParticipation;
                case LOOSE_COORDINATION -> looseCoordination;
                case PAPER_ONLY_MODEL -> paperOnlyModel;
                case OVERLAPPING_MODELS -> overlappingModels;
                case IRREGULAR_REVIEWS -> irregularReviews;
                case IRREGULAR_REPORTING -> irregularReporting;
                case OUTCOME_WORSENING -> outcomeWorsening;
                case DIGITAL_SKILLS_GAP -> digitalSkillsGap;
                case MATERIALS_GAP -> materialsGap;
            };
        }
    }

    /** A test not run, or run on fewer localities, and why. */
    @Schema(name = "ShortcomingSkippedTest")
    public record Skipped(@Schema(description = "e.g. PARTICIPATIONS_PER_RESIDENT") String test, long localities,
            Label explanation) {
    }
}
