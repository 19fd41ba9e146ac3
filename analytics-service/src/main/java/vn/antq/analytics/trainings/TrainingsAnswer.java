package vn.antq.analytics.trainings;

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

/**
 * {@code GET /trainings}: per combination of the {@code groupBy} keys, the staff trained in digital skills and the
 * online activities beside them.
 */
public record TrainingsAnswer(List<Row> rows, Figures totals,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    public static TrainingsAnswer of(List<Map<String, Object>> rows, Clock clock) {
        return new TrainingsAnswer(rows.stream().map(Row::of).toList(),
                Figures.of(CellAggregation.totals(rows, TrainingsQuery.TOTALS)), Answers.asOf(clock));
    }

    /** Tập huấn kỹ năng số: what the row's staff were trained in, and what they did online. */
    @Schema(name = "TrainingFigures")
    public record Figures(
            @Schema(description = "sessions that trained staff of the row (a session counts once per unit and agency)")
            long trainings,
            @Schema(description = "staff trained, counted where they work") long trainedStaff,
            @Schema(description = "online activities (website, Fanpage, Zalo, mobile messages) recorded there")
            long onlineActivities) {

        static Figures of(Map<String, ?> figures) {
            return new Figures(total(figures, TrainingCells.TRAININGS), total(figures, TrainingCells.STAFF),
                    total(figures, TrainingsQuery.ONLINE_ACTIVITIES));
        }
    }

    /** A row: the keys asked for in {@code groupBy} (the others left out) and its figures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TrainingRow")
    public record Row(Optional<String> agency, Optional<String> province, Optional<String> provinceName,
            Optional<String> district, Optional<String> districtName, Optional<String> commune,
            Optional<String> communeName, Optional<Integer> year, Optional<String> quarter, Optional<String> month,
            @JsonUnwrapped Figures figures) {

        static Row of(Map<String, Object> row) {
            return new Row(key(row, "agency", String.class), key(row, "province", String.class),
                    key(row, "provinceName", String.class), key(row, "district", String.class),
                    key(row, "districtName", String.class), key(row, "commune", String.class),
                    key(row, "communeName", String.class), key(row, "year", Integer.class),
                    key(row, "quarter", String.class), key(row, "month", String.class), Figures.of(row));
        }
    }
}
