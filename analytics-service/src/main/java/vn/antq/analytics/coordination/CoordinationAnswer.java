package vn.antq.analytics.coordination;

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

/** {@code GET /coordination}: joint activities per agency pair, by the {@code groupBy} keys. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoordinationAnswer(List<Row> rows, Totals totals, String structure,
        @Schema(description = "only under structure=2025") List<SplitAttribution<Totals>> attributedBySplit,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    static CoordinationAnswer of(StructureView view, StructureView.Rows rows, Clock clock) {
        return new CoordinationAnswer(rows.rows().stream().map(Row::of).toList(),
                Totals.of(CellAggregation.totals(rows.rows(), CoordinationCells.TOTALS)), view.name(),
                view.isIn2025() ? SplitAttribution.of(rows.attributedBySplit(), Totals::of) : null, Answers.asOf(clock));
    }

    @Schema(name = "CoordinationTotals")
    public record Totals(long jointActivities, long participants) {

        public static Totals of(Map<String, ?> figures) {
            return new Totals(total(figures, CoordinationCells.JOINT_ACTIVITIES), total(figures, CoordinationCells.PARTICIPANTS));
        }
    }

    /** A row: the keys asked for in {@code groupBy} (the others are left out; a key the cells lack is null), its totals. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CoordinationRow")
    public record Row(@Schema(description = "two agency codes in order, e.g. POLICE|WOMEN_UNION") Optional<String> pair,
            Optional<String> province, Optional<String> provinceName, Optional<String> district,
            Optional<String> districtName, Optional<String> commune, Optional<String> communeName,
            Optional<Integer> year, Optional<String> quarter, Optional<String> month, @JsonUnwrapped Totals totals) {

        static Row of(Map<String, Object> row) {
            return new Row(key(row, "pair", String.class), key(row, "province", String.class),
                    key(row, "provinceName", String.class), key(row, "district", String.class),
                    key(row, "districtName", String.class), key(row, "commune", String.class),
                    key(row, "communeName", String.class), key(row, "year", Integer.class), key(row, "quarter", String.class),
                    key(row, "month", String.class), Totals.of(row));
        }
    }
}
