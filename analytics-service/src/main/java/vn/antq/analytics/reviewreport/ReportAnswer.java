package vn.antq.analytics.reviewreport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.awardcounts.AwardsAnswer;
import vn.antq.analytics.coordination.CoordinationAnswer;
import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.outcomes.OutcomesAnswer;
import vn.antq.analytics.participation.ParticipationAnswer;
import vn.antq.analytics.reporting.ReportingAnswer;
import vn.antq.analytics.shortcomings.ShortcomingsAnswer;

/**
 * {@code GET /report} as JSON: the period and locality, then each section with the figures of the answer it comes
 * from ({@code /participation}, {@code /coordination}, {@code /models}, {@code /awards}, {@code /reporting},
 * {@code /outcomes}, {@code /shortcomings}), codes
 * named in the report's language.
 */
@Schema(name = "ReviewReport")
public record ReportAnswer(String title, @Schema(description = "vi or en") String lang,
        @Schema(description = "first month asked, null for from the start") String from,
        @Schema(description = "last month asked, null for until now") String to,
        @Schema(description = "the locality code read, null for everywhere") String locality,
        @Schema(description = "the locality's name and code, or everywhere") String localityName, Outreach outreach,
        Coordination coordination, @Schema(description = "as /models answers as of the period's last day") ModelsAnswer models,
        Commendations commendations,
        @Schema(description = "as /outcomes answers by year; null when the reader may not see the locality's outcome figures "
                + "(a commune's are the police's, OPS's and ADMIN's)") OutcomesAnswer outcomes,
        @Schema(description = "digital skills and official materials by district, as /trainings and /materials answer")
        Skills skills,
        Reporting reporting, ShortcomingsAnswer shortcomings,
        @Schema(description = "when the report was computed, Vietnam time") String asOf) {

    /**
     * Digital skills and official materials (point 6 of the article): staff trained and online activities in the period
     * as {@code /trainings} counts them, and the communes holding official materials as {@code /materials} does.
     */
    @Schema(name = "ReportSkills")
    public record Skills(long trainedStaff, long onlineActivities, long communes, long communesWithCurrentMaterials,
            long communesMissingLanguages, List<SkillsDistrictRow> byDistrict) {
    }

    @Schema(name = "ReportSkillsByDistrict")
    public record SkillsDistrictRow(String district, String districtName, long trainedStaff, long onlineActivities,
            @Schema(description = "its communes with trainings, online activities or materials") long communes,
            long communesWithCurrentMaterials,
            @Schema(description = "communes whose residents speak a language no current material they hold is in")
            long communesMissingLanguages) {
    }

    /** Outreach as {@code /participation} groups it. */
    @Schema(name = "ReportOutreach")
    public record Outreach(ParticipationAnswer.Totals totals, List<AgencyRow> byAgency, List<ChannelRow> byChannel,
            List<KindRow> byKind, List<DistrictRow> byDistrict, List<YearRow> byYear) {
    }

    @Schema(name = "ReportOutreachByAgency")
    public record AgencyRow(String agency, @JsonUnwrapped ParticipationAnswer.Totals totals, String agencyName) {
    }

    @Schema(name = "ReportOutreachByChannel")
    public record ChannelRow(String channel, @JsonUnwrapped ParticipationAnswer.Totals totals, String channelName) {
    }

    @Schema(name = "ReportOutreachByKind")
    public record KindRow(String kind, @JsonUnwrapped ParticipationAnswer.Totals totals, String kindName) {
    }

    @Schema(name = "ReportOutreachByDistrict")
    public record DistrictRow(@Schema(description = "null for activities recorded at province level") String district,
            @Schema(description = "the district's name, or province level") String districtName,
            @JsonUnwrapped ParticipationAnswer.Totals totals) {
    }

    @Schema(name = "ReportOutreachByYear")
    public record YearRow(Integer year, @JsonUnwrapped ParticipationAnswer.Totals totals) {
    }

    /** Coordination as {@code /coordination} groups it by pair. */
    @Schema(name = "ReportCoordination")
    public record Coordination(CoordinationAnswer.Totals totals, List<PairRow> byPair) {
    }

    @Schema(name = "ReportCoordinationByPair")
    public record PairRow(@Schema(description = "two agency codes in order, e.g. POLICE|WOMEN_UNION") String pair,
            @JsonUnwrapped CoordinationAnswer.Totals totals, String pairName) {
    }

    /** Commendations as {@code /awards} groups them. */
    @Schema(name = "ReportCommendations")
    public record Commendations(AwardsAnswer.Totals totals, List<AgencyFormRow> byAgencyAndForm, List<AwardYearRow> byYear) {
    }

    @Schema(name = "ReportCommendationsByAgencyAndForm")
    public record AgencyFormRow(String agency, String form, @JsonUnwrapped AwardsAnswer.Totals totals, String agencyName,
            String formName) {
    }

    @Schema(name = "ReportCommendationsByYear")
    public record AwardYearRow(Integer year, @JsonUnwrapped AwardsAnswer.Totals totals) {
    }

    /**
     * Reporting by the units as {@code /reporting} counts it (outreach activities), per agency over the periods ending
     * from {@code from} to {@code to}: the report's period, up to the last complete month (the last twelve months when
     * it has no start); in the report's locality, else summed over the provinces where units report.
     *
     * @param byAgency empty when no report of those periods was submitted
     * @param note     then the sentence saying so, in the report's language; null otherwise
     */
    @Schema(name = "ReportReporting")
    public record Reporting(@Schema(description = "first month of the periods read; null when none has ended") String from,
            String to, List<ReportingAnswer.Rates> byAgency, String note) {
    }
}
