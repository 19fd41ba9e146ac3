package vn.antq.analytics.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.MonthRange;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.DataSet;

/**
 * {@code approvedOnly=true} of the answers (chỉ tính số liệu đã phê duyệt): a condition on the cells that keeps a
 * cell only where the report of its agency, unit (the cell's most specific code) and period (the unit's reported month
 * or quarter containing the cell's month) stands APPROVED. A cell of a joint activity counts where both agencies of its
 * pair have their report approved. The condition names codes, so it reads the detailed cells, never a rollup.
 */
@Component
public class ApprovedReports {

    /** The parameter's description in the OpenAPI document. */
    public static final String DESCRIPTION = "true: count only the figures of approved reports (chỉ tính số liệu đã phê "
            + "duyệt): a cell counts where the report of its agency, unit (its commune, else district, else province) and "
            + "period (the month or quarter the unit reported, containing the cell's month) stands APPROVED; a joint "
            + "activity where both agencies' reports do. Default false: every recorded figure.";

    /** Matches no cell: nothing is approved. */
    private static final Document NOTHING = new Document("_id", new Document("$in", List.of()));

    private final Generations generations;

    public ApprovedReports(Generations generations) {
        this.generations = generations;
    }

    /** For cells with an {@code agency} field (participation); {@code agency}: the one the answer reads, null for all. */
    public Document ofAgencyCells(DataSet dataSet, MonthRange range, String agency) {
        List<Document> clauses = new ArrayList<>();
        approved(dataSet, range, agency).forEach((agencyAndPeriod, units) -> clauses.addAll(
                clauses(new Document("agency", agencyAndPeriod.get(0)), agencyAndPeriod.get(1), units)));
        return clauses.isEmpty() ? NOTHING : new Document("$or", clauses);
    }

    /** For cells of an agency pair ({@code pair}, the two codes sorted and joined by '|'): both agencies' reports approved. */
    public Document ofPairCells(DataSet dataSet, MonthRange range) {
        Map<List<String>, Set<UnitKey>> approved = approved(dataSet, range, null);
        List<Document> clauses = new ArrayList<>();
        approved.forEach((first, firstUnits) -> approved.forEach((second, secondUnits) -> {
            if (first.get(1).equals(second.get(1)) && first.get(0).compareTo(second.get(0)) < 0) {
                Set<UnitKey> both = new HashSet<>(firstUnits);
                both.retainAll(secondUnits);
                clauses.addAll(clauses(new Document("pair", first.get(0) + "|" + second.get(0)),
                        first.get(1), both));
            }
        }));
        return clauses.isEmpty() ? NOTHING : new Document("$or", clauses);
    }

    /** Every approved report of the data set, by its cell key ({@link PeriodCells#key}). */
    public Set<String> keys(DataSet dataSet) {
        Set<String> keys = new HashSet<>();
        approved(dataSet, new MonthRange(null, null), null).forEach((agencyAndPeriod, units) -> units.forEach(unit ->
                keys.add(PeriodCells.key(dataSet.name(), agencyAndPeriod.get(0), unit.code(), agencyAndPeriod.get(1)))));
        return keys;
    }

    /** A unit by its level and code. */
    private record UnitKey(String level, String code) {
    }

    /** Approved reports of the data set (and agency, if not null) whose period meets the range: (agency, period) to units. */
    private Map<List<String>, Set<UnitKey>> approved(DataSet dataSet, MonthRange range, String agency) {
        Document match = new Document("dataSet", dataSet.name()).append(Items.totalPath(PeriodCells.APPROVED), 1);
        if (agency != null) {
            match.append("agency", agency);
        }
        Document end = new Document();
        if (range.from() != null) {
            end.append("$gte", range.from().atDay(1).toString());
        }
        if (range.to() != null) {
            // A quarter ending up to two months after the range still holds some of its months.
            end.append("$lte", range.to().plusMonths(2).atEndOfMonth().toString());
        }
        if (!end.isEmpty()) {
            match.append("periodEnd", end);
        }
        Map<List<String>, Set<UnitKey>> approved = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        List<Document> cells = generations.answer(generation -> generations.cells(generation, ProjectionCollections.PERIODS)
                .cells().find(match).projection(new Document(Items.ITEMS, 0)).into(new ArrayList<>()));
        for (Document cell : cells) {
            String level = cell.getString("level");
            String code = cell.getString(level.equals(Level.COMMUNE.name()) ? Place.COMMUNE
                    : level.equals(Level.DISTRICT.name()) ? Place.DISTRICT : Place.PROVINCE);
            approved.computeIfAbsent(List.of(cell.getString("agency"), cell.getString("period")), key -> new HashSet<>())
                    .add(new UnitKey(level, code));
        }
        return approved;
    }

    /** Cells of these units in the period's months: per level, the unit's field among the codes and nothing below it. */
    private static List<Document> clauses(Document who, String period, Set<UnitKey> units) {
        ReportPeriod reportPeriod = new ReportPeriod(period);
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(reportPeriod.start()); !month.isAfter(YearMonth.from(reportPeriod.end()));
                month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        List<Document> clauses = new ArrayList<>();
        for (Level level : List.of(Level.COMMUNE, Level.DISTRICT, Level.PROVINCE)) {
            List<String> codes = units.stream().filter(unit -> unit.level().equals(level.name())).map(UnitKey::code)
                    .sorted().toList();
            if (codes.isEmpty()) {
                continue;
            }
            Document clause = new Document(who).append("month", new Document("$in", months));
            switch (level) {
                case COMMUNE -> clause.append(Place.COMMUNE, new Document("$in", codes));
                case DISTRICT -> clause.append(Place.DISTRICT, new Document("$in", codes)).append(Place.COMMUNE, null);
                default -> clause.append(Place.PROVINCE, new Document("$in", codes)).append(Place.DISTRICT, null)
                        .append(Place.COMMUNE, null);
            }
            clauses.add(clause);
        }
        return clauses;
    }
}
