package vn.antq.analytics.modelhealth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.query.GroupKeys;
import vn.antq.analytics.query.ShownPlace;
import vn.antq.analytics.query.SplitAttribution;

/**
 * {@code GET /models}: the health of the self-managed security models (mô hình tự quản) as of a date. The shortcomings
 * and the review report read the same record, so that they name exactly the models the API names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelsAnswer(@Schema(description = "the date asked about") String asOf, int paperOnlyMonths,
        StatusCounts byStatus, List<TypeCounts> byType, ReportTotals reportTotals, List<PaperOnlyModel> paperOnly,
        List<Overlap> overlapping, String structure,
        @Schema(description = "only under structure=2025") List<SplitAttribution<SplitFigures>> attributedBySplit,
        @Schema(description = "when the answer was computed, Vietnam time") String computedAt) {

    /** Models by their current status. */
    @Schema(name = "ModelStatusCounts")
    public record StatusCounts(@JsonProperty("ACTIVE") long active, @JsonProperty("SUSPENDED") long suspended,
            @JsonProperty("DISSOLVED") long dissolved) {

        public long total() {
            return active + suspended + dissolved;
        }
    }

    @Schema(name = "ModelTypeCounts")
    public record TypeCounts(String type, @JsonUnwrapped StatusCounts counts, long total) {
    }

    /** What the models' reports add up to. */
    @Schema(name = "ModelReportTotals")
    public record ReportTotals(long reports, long meetings, long mediations, long tipsReported, long offendersSupported,
            long incidents) {

        static ReportTotals of(Map<String, ?> figures) {
            return new ReportTotals(GroupKeys.total(figures, "reports"), GroupKeys.total(figures, "meetings"),
                    GroupKeys.total(figures, "mediations"), GroupKeys.total(figures, "tipsReported"),
                    GroupKeys.total(figures, "offendersSupported"), GroupKeys.total(figures, "incidents"));
        }
    }

    /** An ACTIVE model without a report for {@code paperOnlyMonths} (hoạt động hình thức), with the evidence. */
    public record PaperOnlyModel(String modelId, String name, String type, String agency, @JsonUnwrapped ShownPlace place,
            String establishedOn, String lastReportPeriod, String lastReportPeriodEnd, long monthsWithoutReport) {
    }

    /** More than one ACTIVE model of one type in one commune. */
    @Schema(name = "OverlappingModels")
    public record Overlap(String type, @JsonUnwrapped ShownPlace place, int activeModels, List<String> modelIds,
            List<String> agencies) {
    }

    /** What a 2025 answer attributed through a split commune: its models and their reports. */
    @Schema(name = "ModelSplitFigures")
    public record SplitFigures(long models, @JsonUnwrapped ReportTotals reports) {

        static SplitFigures of(Map<String, ?> figures) {
            return new SplitFigures(GroupKeys.total(figures, "models"), ReportTotals.of(figures));
        }
    }
}
