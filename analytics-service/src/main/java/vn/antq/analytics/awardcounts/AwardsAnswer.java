package vn.antq.analytics.awardcounts;

import static vn.antq.analytics.query.GroupKeys.key;
import static vn.antq.analytics.query.GroupKeys.total;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.SplitAttribution;
import vn.antq.analytics.query.StructureView;
import vn.antq.contracts.award.AwardStatus;

/** {@code GET /awards}: awards by their current status, by the {@code groupBy} keys. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwardsAnswer(List<Row> rows, Totals totals, String structure,
        @Schema(description = "only under structure=2025") List<SplitAttribution<Totals>> attributedBySplit,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    static AwardsAnswer of(StructureView view, StructureView.Rows rows, Clock clock) {
        return new AwardsAnswer(rows.rows().stream().map(Row::of).toList(),
                Totals.of(CellAggregation.totals(rows.rows(), AwardCells.TOTALS)), view.name(),
                view.isIn2025() ? SplitAttribution.of(rows.attributedBySplit(), Totals::of) : null, Answers.asOf(clock));
    }

    /** How many awards are in each status now. */
    @Schema(name = "AwardTotals")
    public record Totals(long nominated, long approved, long rejected, long conferred, long revoked) {

        public static Totals of(Map<String, ?> figures) {
            return new Totals(total(figures, AwardCells.total(AwardStatus.NOMINATED)),
                    total(figures, AwardCells.total(AwardStatus.APPROVED)), total(figures, AwardCells.total(AwardStatus.REJECTED)),
                    total(figures, AwardCells.total(AwardStatus.CONFERRED)), total(figures, AwardCells.total(AwardStatus.REVOKED)));
        }
    }

    /** A row: the keys asked for in {@code groupBy} (the others are left out), its totals. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AwardsRow")
    public record Row(Optional<String> agency, Optional<String> form, Optional<String> recipientType,
            Optional<Integer> year, @JsonUnwrapped Totals totals) {

        static Row of(Map<String, Object> row) {
            return new Row(key(row, "agency", String.class), key(row, "form", String.class),
                    key(row, "recipientType", String.class), key(row, "year", Integer.class), Totals.of(row));
        }
    }
}
