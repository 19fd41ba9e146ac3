package vn.antq.analytics.outcomes;

import static vn.antq.analytics.query.GroupKeys.key;
import static vn.antq.analytics.query.GroupKeys.total;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;

/**
 * {@code GET /outcomes}: per combination of the {@code groupBy} keys, the police's outcome figures and, beside them,
 * the outreach (activities, participations and participations per 1,000 residents).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutcomesAnswer(List<Row> rows, Outcomes totals, Outreach outreach,
        @Schema(description = "when the answer was computed, Vietnam time") String asOf) {

    static final String RESIDENTS = "residents";

    public static OutcomesAnswer of(List<Map<String, Object>> rows, Clock clock) {
        Map<String, Object> sums = CellAggregation.totals(rows, OutcomeCells.TOTALS);
        Map<String, Object> outreach = CellAggregation.totals(rows, OutcomesQuery.OUTREACH);
        return new OutcomesAnswer(rows.stream().map(Row::of).toList(), Outcomes.of(sums),
                new Outreach(total(outreach, ParticipationCells.ACTIVITIES), total(outreach, ParticipationCells.PARTICIPANTS),
                        null, null),
                Answers.asOf(clock));
    }

    /** Kết quả: the police's figures summed over the communes and months of the row. */
    @Schema(name = "OutcomeTotals")
    public record Outcomes(long outcomeRecords, long crimes, long drugCrimes, long propertyCrimes, long violentCrimes,
            long otherCrimes, long socialEvils, long crimeReports, long offendersReintegrated, long disputesMediated,
            long securityIncidents) {

        static Outcomes of(Map<String, ?> figures) {
            return new Outcomes(total(figures, OutcomeCells.RECORDS), total(figures, OutcomeCells.CRIMES),
                    total(figures, "drugCrimes"), total(figures, "propertyCrimes"), total(figures, "violentCrimes"),
                    total(figures, "otherCrimes"), total(figures, "socialEvils"), total(figures, "crimeReports"),
                    total(figures, "offendersReintegrated"), total(figures, "disputesMediated"),
                    total(figures, "securityIncidents"));
        }
    }

    /** The outreach of the same places and months: the intensity that should explain the outcomes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutcomeOutreach")
    public record Outreach(long activities, long participants,
            @Schema(description = "residents of the row's unit, from the population reference data; absent when unknown")
            Long residents,
            @Schema(description = "participants per 1,000 residents, one decimal; absent without residents")
            Double participationsPerThousandResidents) {

        static Outreach of(Map<String, ?> row) {
            Long residents = row.get(RESIDENTS) instanceof Number number ? number.longValue() : null;
            long participants = total(row, ParticipationCells.PARTICIPANTS);
            Double rate = residents == null ? null : Math.round(participants * 10_000.0 / residents) / 10.0;
            return new Outreach(total(row, ParticipationCells.ACTIVITIES), participants, residents, rate);
        }
    }

    /** A row: the keys asked for in {@code groupBy} (the others left out), the outcomes and the outreach beside them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutcomeRow")
    public record Row(Optional<String> province, Optional<String> provinceName, Optional<String> district,
            Optional<String> districtName, Optional<String> commune, Optional<String> communeName,
            Optional<Integer> year, Optional<String> quarter, Optional<String> month,
            @JsonUnwrapped Outcomes outcomes, Outreach outreach) {

        static Row of(Map<String, Object> row) {
            return new Row(key(row, "province", String.class), key(row, "provinceName", String.class),
                    key(row, "district", String.class), key(row, "districtName", String.class),
                    key(row, "commune", String.class), key(row, "communeName", String.class),
                    key(row, "year", Integer.class), key(row, "quarter", String.class), key(row, "month", String.class),
                    Outcomes.of(row), Outreach.of(row));
        }
    }
}
