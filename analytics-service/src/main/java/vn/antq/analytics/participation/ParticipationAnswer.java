package vn.antq.analytics.participation;

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

/**
 * {@code GET /participation}: one row per combination of the {@code groupBy} keys, their totals, the structure the
 * answer speaks in and, under {@code structure=2025}, what it attributed through split communes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipationAnswer(List<Row> rows, Totals totals, String structure,
        @Schema(description = "only under structure=2025") List<SplitAttribution<Totals>> attributedBySplit,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    static ParticipationAnswer of(StructureView view, StructureView.Rows rows, Clock clock) {
        return new ParticipationAnswer(rows.rows().stream().map(Row::of).toList(),
                Totals.of(CellAggregation.totals(rows.rows(), ParticipationCells.TOTALS)), view.name(),
                view.isIn2025() ? SplitAttribution.of(rows.attributedBySplit(), Totals::of) : null, Answers.asOf(clock));
    }

    /** Lượt người tham gia and the other figures of the activities counted. */
    @Schema(name = "ParticipationTotals")
    public record Totals(long activities, long participants, long women, long ethnicMinority, long reach, long copies) {

        public static Totals of(Map<String, ?> figures) {
            return new Totals(total(figures, ParticipationCells.ACTIVITIES), total(figures, ParticipationCells.PARTICIPANTS),
                    total(figures, ParticipationCells.WOMEN), total(figures, ParticipationCells.ETHNIC_MINORITY),
                    total(figures, ParticipationCells.REACH), total(figures, ParticipationCells.COPIES));
        }
    }

    /** A row: the keys asked for in {@code groupBy} (the others are left out; a key the cells lack is null), its totals. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParticipationRow")
    public record Row(Optional<String> agency, Optional<String> province, Optional<String> provinceName,
            Optional<String> district, Optional<String> districtName, Optional<String> commune,
            Optional<String> communeName, Optional<Integer> year, Optional<String> quarter, Optional<String> month,
            Optional<String> channel, Optional<String> kind, @JsonUnwrapped Totals totals) {

        static Row of(Map<String, Object> row) {
            return new Row(key(row, "agency", String.class), key(row, "province", String.class),
                    key(row, "provinceName", String.class), key(row, "district", String.class),
                    key(row, "districtName", String.class), key(row, "commune", String.class),
                    key(row, "communeName", String.class), key(row, "year", Integer.class), key(row, "quarter", String.class),
                    key(row, "month", String.class), key(row, "channel", String.class), key(row, "kind", String.class),
                    Totals.of(row));
        }
    }
}
