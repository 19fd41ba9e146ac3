package vn.antq.analytics.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.population.PopulationStore;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.GroupKeys;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.contracts.common.KnownAgencies;

/**
 * The outcome figures beside the outreach that should explain them: per group of the keys asked for, the police's
 * figures summed over the commune x month cells, the participations of the scope's agencies (all for OPS, the
 * reader's own otherwise) over the same months and places, and, where the population reference data has the unit,
 * participations per 1,000 residents.
 */
@Component
public class OutcomesQuery {

    /** The outreach figures set beside the outcomes. */
    static final List<String> OUTREACH = List.of(ParticipationCells.ACTIVITIES, ParticipationCells.PARTICIPANTS);

    private final Generations generations;
    private final PopulationStore population;

    OutcomesQuery(Generations generations, PopulationStore population) {
        this.generations = generations;
        this.population = population;
    }

    /**
     * Whether the reader may see communes' outcome figures: OPS and ADMIN (their scope names no agency) and the police,
     * who record them. Anyone else reads districts and provinces only ({@code GET /outcomes} answers 403 for a
     * commune), gets no OUTCOME_WORSENING finding and no outcome section in a commune's report.
     */
    public static boolean readsCommunes(ReadScope scope) {
        return scope.agency() == null || KnownAgencies.POLICE.equals(scope.agency());
    }

    /** Rows keyed as asked, each with the outcome totals, the outreach totals, the residents and the rate. */
    public List<Map<String, Object>> rows(ReadScope scope, MonthRange range, List<String> keys) {
        Document outcomeMatch = new ReadScope(null, scope.locality()).addTo(range.addTo(new Document()), "agency");
        Document outreachMatch = scope.addTo(range.addTo(new Document()), "agency");
        Map<String, Map<String, Object>> joined = new TreeMap<>();
        generations.answer(generation -> {
            for (Map<String, Object> row : CellAggregation.rows(
                    generations.cells(generation, ProjectionCollections.OUTCOMES), outcomeMatch, keys, OutcomeCells.TOTALS)) {
                joined.computeIfAbsent(GroupKeys.joinKey(row, keys), k -> new LinkedHashMap<>()).putAll(row);
            }
            for (Map<String, Object> row : CellAggregation.rows(
                    generations.cells(generation, ProjectionCollections.PARTICIPATION), outreachMatch, keys, OUTREACH)) {
                joined.computeIfAbsent(GroupKeys.joinKey(row, keys), k -> new LinkedHashMap<>()).putAll(row);
            }
            return null;
        });
        Map<String, Long> residents = population.load().byCode();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : joined.values()) {
            // A place and period with outcomes but no outreach (or the reverse) has zeros on the other side.
            OutcomeCells.TOTALS.forEach(total -> row.putIfAbsent(total, 0L));
            OUTREACH.forEach(total -> row.putIfAbsent(total, 0L));
            String unit = unitOf(row, keys, scope.locality());
            Long unitResidents = unit == null ? null : residents.get(unit);
            row.put(OutcomesAnswer.RESIDENTS, unitResidents);
            rows.add(row);
        }
        return rows;
    }

    /** The code a row's residents are counted for: its most specific place key, else the scope's locality. */
    private static String unitOf(Map<String, Object> row, List<String> keys, String scopeLocality) {
        for (String level : List.of(Place.COMMUNE, Place.DISTRICT, Place.PROVINCE)) {
            if (keys.contains(level)) {
                return row.get(level) instanceof String code ? code : null;
            }
        }
        return scopeLocality;
    }
}
