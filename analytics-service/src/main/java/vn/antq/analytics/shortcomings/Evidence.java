package vn.antq.analytics.shortcomings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The named numbers behind a finding, one record per kind. A figure that does not apply (no population loaded, no
 * earlier months to compare with) is left out of the answer.
 */
@Schema(name = "ShortcomingEvidence", description = "the named numbers behind the finding",
        oneOf = {Evidence.LowParticipation.class, Evidence.LooseCoordination.class, Evidence.PaperOnlyModel.class,
                Evidence.OverlappingModels.class, Evidence.IrregularReviews.class, Evidence.IrregularReporting.class,
                Evidence.OutcomeWorsening.class, Evidence.DigitalSkillsGap.class,
                Evidence.MaterialsGap.class})
public sealed interface Evidence {

    /** The figures that apply, by name, in the order the answer shows them. */
    @JsonIgnore
    default Map<String, Number> figures() {
        Map<String, Number> figures = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(this);
                if (value != null) {
                    figures.put(component.getName(), (Number) value);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return Collections.unmodifiableMap(figures);
    }

    /** LOW_PARTICIPATION, per resident only where a population is loaded, the change only where there is a year before. */
    @Schema(name = "LowParticipationEvidence")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LowParticipation(long participations, long activities, Long residents,
            @Schema(description = "whole from 10 on, one decimal below") Number participationsPerThousandResidents,
            Number provinceMedianPerThousandResidents, Number participationsPerActivity, Number provinceMedianPerActivity,
            @Schema(description = "the province's communes (districts) compared") Integer provinceLocalities,
            @Schema(description = "participations in the last months of the period (at most 12)") Long recentParticipations,
            @Schema(description = "in the same months a year earlier") Long earlierParticipations, Long changePercent,
            @Schema(description = "of a district: its communes low too") Integer lowCommunes) implements Evidence {
    }

    /** LOOSE_COORDINATION. */
    @Schema(name = "LooseCoordinationEvidence")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LooseCoordination(long jointActivities, Number medianPairJointActivities,
            @Schema(description = "the locality's agency pairs compared") int pairs, Long recentJointActivities,
            Long earlierJointActivities) implements Evidence {
    }

    /** PAPER_ONLY_MODEL. */
    @Schema(name = "PaperOnlyModelEvidence")
    record PaperOnlyModel(long monthsWithoutReport) implements Evidence {
    }

    /** OVERLAPPING_MODELS. */
    @Schema(name = "OverlappingModelsEvidence")
    record OverlappingModels(int activeModels, @Schema(description = "how many agencies run them") int agencies)
            implements Evidence {
    }

    /** IRREGULAR_REVIEWS. */
    @Schema(name = "IrregularReviewsEvidence")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IrregularReviews(int reviews, long interimReviews, long finalReviews, Long longestGapMonths,
            Long longestGapDays, Long commendationsInInterimReviewYears) implements Evidence {
    }

    /** IRREGULAR_REPORTING: one agency's reports of one unit over the periods of the window. */
    @Schema(name = "IrregularReportingEvidence")
    record IrregularReporting(@Schema(description = "reports expected of the unit") long expected,
            @Schema(description = "standing submitted or approved") long submitted,
            @Schema(description = "of those, first submitted by the on-time day") long onTime,
            @Schema(description = "submitted / expected, in percent") Number reportingRatePercent,
            @Schema(description = "on time / expected, in percent") Number onTimeRatePercent,
            @Schema(description = "periods without a submitted or approved report") long notReported)
            implements Evidence {
    }

    /** OUTCOME_WORSENING: one commune, the period's last months against the same months a year earlier. */
    @Schema(name = "OutcomeWorseningEvidence")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutcomeWorsening(
            @Schema(description = "crime cases, social-evil cases and security incidents, recent months") long recentIncidents,
            @Schema(description = "the same, a year earlier") long earlierIncidents,
            @Schema(description = "rise in percent (absent when there were none a year earlier)") Number incidentRisePercent,
            @Schema(description = "participations in outreach, recent months") long recentParticipations,
            @Schema(description = "the same, a year earlier") long earlierParticipations,
            @Schema(description = "fall in percent") Number outreachFallPercent,
            @Schema(description = "the commune's residents, where the population is loaded") Long residents,
            @Schema(description = "participations per 1,000 residents, recent months") Number recentPerThousandResidents,
            @Schema(description = "the same, a year earlier") Number earlierPerThousandResidents) implements Evidence {
    }

    /** DIGITAL_SKILLS_GAP: one commune, the period's last months, and its staff trained in the years up to them. */
    @Schema(name = "DigitalSkillsGapEvidence")
    record DigitalSkillsGap(
            @Schema(description = "activities recorded in the commune, recent months") long recentActivities,
            @Schema(description = "of them online (website, Fanpage, Zalo, mobile messages)") long onlineActivities,
            @Schema(description = "staff of the commune trained in digital skills in the years judged") long trainedStaff,
            @Schema(description = "staff trained in the whole province in the same years") long provinceTrainedStaff)
            implements Evidence {
    }

    /** MATERIALS_GAP: one commune's official materials, and the outreach that is weak there. */
    @Schema(name = "MaterialsGapEvidence")
    record MaterialsGap(
            @Schema(description = "current official materials the commune received") long currentMaterials,
            @Schema(description = "printed copies it received") long copies,
            @Schema(description = "languages its residents speak that no current material it received is in")
            int missingLanguages,
            @Schema(description = "participations per 1,000 residents in the period") Number participationsPerThousandResidents,
            @Schema(description = "the median of the province's communes") Number provinceMedianPerThousandResidents)
            implements Evidence {
    }
}
