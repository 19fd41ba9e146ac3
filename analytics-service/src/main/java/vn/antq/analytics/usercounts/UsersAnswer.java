package vn.antq.analytics.usercounts;

import static vn.antq.analytics.query.GroupKeys.key;
import static vn.antq.analytics.query.GroupKeys.total;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;

/** {@code GET /users}: enabled accounts by the {@code groupBy} keys. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsersAnswer(List<Row> rows,
        @Schema(description = "the rows' sum: an enabled account counts once per role it holds") long active,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    static UsersAnswer of(List<Map<String, Object>> rows, Clock clock) {
        return new UsersAnswer(rows.stream().map(Row::of).toList(),
                total(CellAggregation.totals(rows, UserCells.TOTALS), UserCells.ACTIVE), Answers.asOf(clock));
    }

    /**
     * A row: the keys asked for in {@code groupBy} (the others are left out; a province-wide account has no
     * structure, province, district or commune), and how many enabled accounts it holds, counted once per role.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "UsersRow")
    public record Row(Optional<String> agency, Optional<String> role, Optional<String> structure,
            Optional<String> province, Optional<String> provinceName, Optional<String> district,
            Optional<String> districtName, Optional<String> commune, Optional<String> communeName, long active) {

        static Row of(Map<String, Object> row) {
            return new Row(key(row, "agency", String.class), key(row, "role", String.class),
                    key(row, "structure", String.class), key(row, "province", String.class),
                    key(row, "provinceName", String.class), key(row, "district", String.class),
                    key(row, "districtName", String.class), key(row, "commune", String.class),
                    key(row, "communeName", String.class), total(row, UserCells.ACTIVE));
        }
    }
}
