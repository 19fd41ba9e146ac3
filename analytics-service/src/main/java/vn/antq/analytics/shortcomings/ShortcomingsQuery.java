package vn.antq.analytics.shortcomings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.awardcounts.AwardCells;
import vn.antq.analytics.coordination.CoordinationCells;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.materials.MaterialsQuery;
import vn.antq.analytics.modelhealth.ModelHealthQuery;
import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.outcomes.OutcomeCells;
import vn.antq.analytics.outcomes.OutcomesQuery;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.projection.Generations;
import vn.antq.analytics.projection.Items;
import vn.antq.analytics.projection.ProjectionCollections;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.population.PopulationStore;
import vn.antq.analytics.reporting.ReportingQuery;
import vn.antq.analytics.reviewcadence.ReviewCadence.Review;
import vn.antq.analytics.reviewcadence.ReviewItems;
import vn.antq.analytics.trainings.TrainingCells;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;

/**
 * The shortcomings of a period and locality, found from the projections (never from raw events) by the rules of
 * this package: what {@code GET /shortcomings} answers and the review report lists.
 * <p>
 * What each caller sees follows the other answers ({@link ReadScope}): OPS and ADMIN every finding; an agency user
 * the findings about its own agency's work: low participation judged on its own activities, the pairs it is part
 * of, its own models (and the overlaps one of them is in), its own review conferences. A locality keeps the
 * findings about places within it, but a commune or district is still judged against its whole province.
 * <p>
 * The period: {@code from}/{@code to} as everywhere ({@link MonthRange}). Falls are judged on its last months (at
 * most 12, none later than the last complete month) against the same months a year earlier; models and review gaps
 * as of its last day (today at the latest).
 */
@Component
public class ShortcomingsQuery {

    private static final List<String> LOCALITY_KEYS = List.of(Place.PROVINCE, Place.DISTRICT, Place.COMMUNE);

    private final MongoDatabase database;
    private final Generations generations;
    private final Places places;
    private final PopulationStore population;
    private final ModelHealthQuery models;
    private final Agencies agencies;
    private final ReportingQuery reporting;
    private final MaterialsQuery materials;
    private final ShortcomingThresholds thresholds;
    private final Clock clock;

    ShortcomingsQuery(MongoDatabase analyticsDatabase, Generations generations, Places places, PopulationStore population,
            ModelHealthQuery models, ReportingQuery reporting, MaterialsQuery materials, Agencies agencies,
            ShortcomingThresholds thresholds, Clock clock) {
        this.reporting = reporting;
        this.materials = materials;
        this.database = analyticsDatabase;
        this.generations = generations;
        this.places = places;
        this.population = population;
        this.models = models;
        this.agencies = agencies;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** The answer: {@code {from, to, locality, thresholds, counts, findings, skipped, asOf}}. */
    public ShortcomingsAnswer answer(ReadScope scope, MonthRange range) {
        Period period = Period.of(range, VietnamTime.today(clock));
        List<ShortcomingsAnswer.Skipped> skipped = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(generations.answer(generation -> {
            List<Finding> found = new ArrayList<>();
            Change change = participationChange(generation, scope, period);
            List<LocalityFigures> localities = localities(generation, scope, period, change);
            ParticipationRule.Result participation = new ParticipationRule(thresholds.participation())
                    .judge(localities, !population.load().isEmpty(), period.recentText());
            skipped.clear();
            skipped.addAll(participation.skipped());
            participation.findings().stream().filter(f -> within(f.subjectCode(), scope.locality())).forEach(found::add);
            found.addAll(new CoordinationRule(thresholds.coordination(), this::agencyName)
                    .judge(pairs(generation, scope, period), period.recentText()));
            found.addAll(new ReviewRule(thresholds.reviews(), this::agencyName)
                    .judge(reviews(generation, scope, period), period.start(), period.end()));
            // OUTCOME_WORSENING's evidence is a commune's figures.
            if (OutcomesQuery.readsCommunes(scope)) {
                found.addAll(new OutcomeRule(thresholds.outcomeWorsening())
                        .judge(outcomes(generation, scope, period, change), period.recentText()));
            }
            new DigitalSkillsRule(thresholds.digitalSkillsGap()).judge(digitalSkills(generation, scope, period),
                    period.recentText()).stream().filter(f -> within(f.subjectCode(), scope.locality())).forEach(found::add);
            new MaterialsRule().judge(localities, materialsOf(scope), materials.residentLanguages()).stream()
                    .filter(f -> within(f.subjectCode(), scope.locality())).forEach(found::add);
            return found;
        }));
        ModelsAnswer health = models.answer(scope, null, period.end());
        ModelRule modelRule = new ModelRule(models.paperOnlyMonths(), this::agencyName);
        findings.addAll(modelRule.paperOnly(health.paperOnly()));
        List<ModelsAnswer.Overlap> overlapping = health.overlapping();
        findings.addAll(modelRule.overlapping(overlapping, modelNames(overlapping)));
        findings.addAll(irregularReporting(scope, range));
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::kind)
                .thenComparing(Finding::subjectCode));

        return new ShortcomingsAnswer(range.from() == null ? null : range.from().toString(),
                range.to() == null ? null : range.to().toString(), scope.locality(),
                thresholds.echo(models.paperOnlyMonths()), ShortcomingsAnswer.Counts.of(findings), List.copyOf(findings),
                List.copyOf(skipped), Answers.asOf(clock));
    }

    // --- LOW_PARTICIPATION ------------------------------------------------------------------------------------

    /**
     * Participations by {@code commune|code} and {@code district|code} in the period's last months and the same months a
     * year earlier, within the scope's agency and province: what a fall is judged on (LOW_PARTICIPATION,
     * OUTCOME_WORSENING).
     */
    private record Change(Map<String, long[]> recent, Map<String, long[]> earlier) {
    }

    private Change participationChange(int generation, ReadScope scope, Period period) {
        String province = provinceOf(scope.locality());
        List<String> participants = List.of(ParticipationCells.PARTICIPANTS);
        return new Change(sums(participation(generation, scope, province, period.recentFrom(), period.recentTo(),
                participants), participants), sums(participation(generation, scope, province, period.earlierFrom(),
                period.earlierTo(), participants), participants));
    }

    /** Every commune and district of the provinces concerned, with their figures: the subjects and their peers. */
    private List<LocalityFigures> localities(int generation, ReadScope scope, Period period, Change change) {
        String province = provinceOf(scope.locality());
        List<String> totals = List.of(ParticipationCells.ACTIVITIES, ParticipationCells.PARTICIPANTS);
        List<Map<String, Object>> rows = participation(generation, scope, province, period.from(), period.to(), totals);
        Map<String, long[]> recent = change.recent();
        Map<String, long[]> earlier = change.earlier();
        Map<String, Long> residents = population.load().byCode();
        Map<String, Map<String, Object>> names = new HashMap<>();
        Map<String, long[]> inPeriod = sums(rows, totals);
        rows.forEach(row -> {
            names.putIfAbsent(Place.COMMUNE + "|" + row.get(Place.COMMUNE), row);
            names.putIfAbsent(Place.DISTRICT + "|" + row.get(Place.DISTRICT), row);
        });
        List<LocalityFigures> localities = new ArrayList<>();
        for (String key : new TreeSet<>(inPeriod.keySet())) {
            String level = key.substring(0, key.indexOf('|'));
            String code = key.substring(key.indexOf('|') + 1);
            Map<String, Object> row = names.get(key);
            long[] figures = inPeriod.get(key);
            boolean commune = level.equals(Place.COMMUNE);
            localities.add(new LocalityFigures(commune ? LocalityFigures.COMMUNE : LocalityFigures.DISTRICT, code,
                    (String) row.get(Place.nameOf(level)), (String) row.get(Place.PROVINCE),
                    (String) row.get(Place.nameOf(Place.PROVINCE)), commune ? (String) row.get(Place.DISTRICT) : null,
                    figures[0], figures[1], residents.get(code), first(recent.get(key)), first(earlier.get(key))));
        }
        return localities;
    }

    private List<Map<String, Object>> participation(int generation, ReadScope scope, String province, YearMonth from,
            YearMonth to, List<String> totals) {
        if (from != null && to != null && from.isAfter(to)) {
            return List.of();
        }
        Document match = new MonthRange(from, to).addTo(new Document());
        if (scope.agency() != null) {
            match.append("agency", scope.agency());
        }
        if (province != null) {
            match.append(Place.PROVINCE, province);
        }
        return CellAggregation.rows(generations.cells(generation, ProjectionCollections.PARTICIPATION), match, LOCALITY_KEYS,
                totals);
    }

    /** Rows by {@code commune|code} and {@code district|code}; a district sums its own rows and its communes'. */
    private static Map<String, long[]> sums(List<Map<String, Object>> rows, List<String> totals) {
        Map<String, long[]> sums = new HashMap<>();
        for (Map<String, Object> row : rows) {
            for (String level : List.of(Place.COMMUNE, Place.DISTRICT)) {
                if (row.get(level) == null) {
                    continue;
                }
                long[] sum = sums.computeIfAbsent(level + "|" + row.get(level), key -> new long[totals.size()]);
                for (int i = 0; i < totals.size(); i++) {
                    sum[i] += (Long) row.get(totals.get(i));
                }
            }
        }
        return sums;
    }

    // --- OUTCOME_WORSENING ------------------------------------------------------------------------------------

    /**
     * Every commune with outcome figures in the recent or the earlier months, with its incidents and, beside them, the
     * participations in outreach (every agency's for OPS and ADMIN, the police's own for the police).
     */
    private List<OutcomeFigures> outcomes(int generation, ReadScope scope, Period period, Change change) {
        if (period.recentFrom().isAfter(period.recentTo())) {
            return List.of();
        }
        Map<String, Map<String, Object>> names = new HashMap<>();
        Map<String, Long> incidentsRecent = incidents(generation, scope, period.recentFrom(), period.recentTo(), names);
        Map<String, Long> incidentsEarlier = incidents(generation, scope, period.earlierFrom(), period.earlierTo(), names);
        Map<String, Long> residents = population.load().byCode();
        List<OutcomeFigures> communes = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> commune : new TreeMap<>(names).entrySet()) {
            String code = commune.getKey();
            Map<String, Object> row = commune.getValue();
            communes.add(new OutcomeFigures(code, (String) row.get(Place.nameOf(Place.COMMUNE)),
                    (String) row.get(Place.DISTRICT), (String) row.get(Place.PROVINCE),
                    (String) row.get(Place.nameOf(Place.PROVINCE)), incidentsRecent.getOrDefault(code, 0L),
                    incidentsEarlier.getOrDefault(code, 0L), first(change.recent().get(Place.COMMUNE + "|" + code)),
                    first(change.earlier().get(Place.COMMUNE + "|" + code)), residents.get(code)));
        }
        return communes;
    }

    /** Crime cases, social-evil cases and security incidents per commune in the months; each commune's row by code. */
    private Map<String, Long> incidents(int generation, ReadScope scope, YearMonth from, YearMonth to,
            Map<String, Map<String, Object>> names) {
        Document match = new ReadScope(null, scope.locality()).addTo(new MonthRange(from, to).addTo(new Document()), "agency");
        List<String> totals = List.of(OutcomeCells.CRIMES, OutcomeCells.SOCIAL_EVILS, OutcomeCells.SECURITY_INCIDENTS);
        Map<String, Long> incidents = new HashMap<>();
        for (Map<String, Object> row : CellAggregation.rows(generations.cells(generation, ProjectionCollections.OUTCOMES),
                match, LOCALITY_KEYS, totals)) {
            if (row.get(Place.COMMUNE) instanceof String code) {
                names.putIfAbsent(code, row);
                incidents.merge(code, totals.stream().mapToLong(total -> (Long) row.get(total)).sum(), Long::sum);
            }
        }
        return incidents;
    }

    // --- DIGITAL_SKILLS_GAP -----------------------------------------------------------------------------------

    /**
     * Every commune of the provinces concerned with activities in the period's last months (of the scope's agency, or
     * every agency's), those of them online, and its staff trained in digital skills in the years judged up to them.
     */
    private List<DigitalSkillsFigures> digitalSkills(int generation, ReadScope scope, Period period) {
        if (period.recentFrom().isAfter(period.recentTo())) {
            return List.of();
        }
        String province = provinceOf(scope.locality());
        Document match = new MonthRange(period.recentFrom(), period.recentTo()).addTo(new Document());
        YearMonth trainedFrom = period.recentTo().minusYears(thresholds.digitalSkillsGap().trainingYears()).plusMonths(1);
        Document trainedMatch = new MonthRange(trainedFrom, period.recentTo()).addTo(new Document());
        for (Document each : List.of(match, trainedMatch)) {
            if (scope.agency() != null) {
                each.append("agency", scope.agency());
            }
            if (province != null) {
                each.append(Place.PROVINCE, province);
            }
        }
        List<String> activities = List.of(ParticipationCells.ACTIVITIES);
        Map<String, Map<String, Object>> names = new TreeMap<>();
        Map<String, Long> all = communeSums(generation, ProjectionCollections.PARTICIPATION, match, activities, names);
        Map<String, Long> online = communeSums(generation, ProjectionCollections.PARTICIPATION,
                new Document(match).append("channel", Channel.ONLINE.name()), activities, null);
        Map<String, Long> trainedByProvince = new HashMap<>();
        Map<String, Long> trained = new HashMap<>();
        for (Map<String, Object> row : CellAggregation.rows(generations.cells(generation, ProjectionCollections.TRAININGS),
                trainedMatch, LOCALITY_KEYS, List.of(TrainingCells.STAFF))) {
            long staff = (Long) row.get(TrainingCells.STAFF);
            trainedByProvince.merge((String) row.get(Place.PROVINCE), staff, Long::sum);
            if (row.get(Place.COMMUNE) instanceof String code) {
                trained.merge(code, staff, Long::sum);
            }
        }
        List<DigitalSkillsFigures> communes = new ArrayList<>();
        names.forEach((code, row) -> communes.add(new DigitalSkillsFigures(code,
                (String) row.get(Place.nameOf(Place.COMMUNE)), (String) row.get(Place.DISTRICT),
                (String) row.get(Place.PROVINCE), (String) row.get(Place.nameOf(Place.PROVINCE)), all.get(code),
                online.getOrDefault(code, 0L), trained.getOrDefault(code, 0L),
                trainedByProvince.getOrDefault((String) row.get(Place.PROVINCE), 0L))));
        return communes;
    }

    /** One total per commune of a cube's rows matched; each commune's row by code into {@code names} when given. */
    private Map<String, Long> communeSums(int generation, String cube, Document match, List<String> totals,
            Map<String, Map<String, Object>> names) {
        Map<String, Long> sums = new HashMap<>();
        for (Map<String, Object> row : CellAggregation.rows(generations.cells(generation, cube), match, LOCALITY_KEYS,
                totals)) {
            if (row.get(Place.COMMUNE) instanceof String code) {
                if (names != null) {
                    names.putIfAbsent(code, row);
                }
                sums.merge(code, (Long) row.get(totals.get(0)), Long::sum);
            }
        }
        return sums;
    }

    // --- MATERIALS_GAP ----------------------------------------------------------------------------------------

    /** Every commune's coverage by materials, of the scope's agency (every agency's for OPS), in its province. */
    private Map<String, MaterialsQuery.Coverage> materialsOf(ReadScope scope) {
        String province = provinceOf(scope.locality());
        Map<String, MaterialsQuery.Coverage> byCommune = new HashMap<>();
        for (MaterialsQuery.Coverage coverage : materials.coverage(new ReadScope(scope.agency(), province),
                List.of(Place.COMMUNE))) {
            if (coverage.keys().get(Place.COMMUNE) instanceof String code) {
                byCommune.put(code, coverage);
            }
        }
        return byCommune;
    }

    // --- LOOSE_COORDINATION -----------------------------------------------------------------------------------

    /** Every pair of agencies active in the locality asked (each province when none), with its joint activities. */
    private List<PairFigures> pairs(int generation, ReadScope scope, Period period) {
        String level = scope.locality() == null ? Place.PROVINCE : ReadScope.localityField(scope.locality());
        Map<String, long[]> joint = jointActivities(generation, scope, level, period.from(), period.to());
        Map<String, long[]> recent = jointActivities(generation, scope, level, period.recentFrom(), period.recentTo());
        Map<String, long[]> earlier = jointActivities(generation, scope, level, period.earlierFrom(), period.earlierTo());
        Map<String, Set<String>> pairsByPlace = new TreeMap<>();
        Map<String, String> placeNames = new HashMap<>();
        Document match = new MonthRange(period.from(), period.to()).addTo(new Document());
        new ReadScope(null, scope.locality()).addTo(match, "agency");
        for (Map<String, Object> row : CellAggregation.rows(generations.cells(generation, ProjectionCollections.PARTICIPATION),
                match, List.of(level, "agency"), List.of(ParticipationCells.ACTIVITIES))) {
            String place = (String) row.get(level);
            placeNames.put(place, (String) row.get(Place.nameOf(level)));
            Set<String> active = pairsByPlace.computeIfAbsent(place, p -> new TreeSet<>());
            active.add((String) row.get("agency"));
        }
        joint.keySet().forEach(key -> {
            String place = key.substring(key.lastIndexOf('|') + 1);
            String pair = key.substring(0, key.lastIndexOf('|'));
            Set<String> active = pairsByPlace.computeIfAbsent(place, p -> new TreeSet<>());
            active.add(pair.substring(0, pair.indexOf('|')));
            active.add(pair.substring(pair.indexOf('|') + 1));
        });
        List<PairFigures> pairs = new ArrayList<>();
        pairsByPlace.forEach((place, active) -> {
            List<String> sorted = List.copyOf(active);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    String pair = CoordinationCells.pair(sorted.get(i), sorted.get(j));
                    if (scope.agency() != null && !sorted.get(i).equals(scope.agency())
                            && !sorted.get(j).equals(scope.agency())) {
                        continue;
                    }
                    String key = pair + "|" + place;
                    String name = placeNames.getOrDefault(place, places.resolve(place)
                            .map(path -> path.mostSpecific().name()).orElse(null));
                    pairs.add(new PairFigures(pair, place, name, first(joint.get(key)), first(recent.get(key)),
                            first(earlier.get(key))));
                }
            }
        });
        return pairs;
    }

    /** Joint activities by {@code pair|place} at a locality level, within the scope. */
    private Map<String, long[]> jointActivities(int generation, ReadScope scope, String level, YearMonth from,
            YearMonth to) {
        Map<String, long[]> joint = new HashMap<>();
        if (from != null && to != null && from.isAfter(to)) {
            return joint;
        }
        Document match = new MonthRange(from, to).addTo(new Document());
        scope.addTo(match, "agencies");
        for (Map<String, Object> row : CellAggregation.rows(generations.cells(generation, ProjectionCollections.COORDINATION),
                match, List.of("pair", level), List.of(CoordinationCells.JOINT_ACTIVITIES))) {
            joint.put(row.get("pair") + "|" + row.get(level), new long[] {(Long) row.get(CoordinationCells.JOINT_ACTIVITIES)});
        }
        return joint;
    }

    // --- IRREGULAR_REVIEWS ------------------------------------------------------------------------------------

    /** Every agency and locality with review conferences in the scope, their reviews and commendations by year. */
    private List<ReviewFigures> reviews(int generation, ReadScope scope, Period period) {
        Map<String, List<Review>> reviews = new TreeMap<>();
        Map<String, Document> cells = new HashMap<>();
        for (Document cell : collection(generation, ProjectionCollections.REVIEWS).find(scope.addTo(new Document(), "agency"))) {
            String key = cell.getString("agency") + "|" + cell.getString("locality");
            cells.putIfAbsent(key, cell);
            List<Review> held = reviews.computeIfAbsent(key, k -> new ArrayList<>());
            Document items = cell.get(Items.ITEMS, Document.class);
            if (items != null) {
                items.values().forEach(item -> held.add(ReviewItems.of((Document) item)));
            }
        }
        Document match = new Document();
        if (scope.agency() != null) {
            match.append("agency", scope.agency());
        }
        List<Map<String, Object>> awards = CellAggregation.rows(generations.cells(generation, ProjectionCollections.AWARDS),
                match, List.of("agency", "year", Place.PROVINCE, Place.DISTRICT, Place.COMMUNE),
                List.of(AwardCells.total(AwardStatus.CONFERRED)));
        List<ReviewFigures> figures = new ArrayList<>();
        reviews.forEach((key, held) -> {
            Document cell = cells.get(key);
            String agency = cell.getString("agency");
            String locality = cell.getString("locality");
            String field = ReadScope.localityField(locality);
            Map<Integer, Long> byYear = new HashMap<>();
            awards.stream().filter(row -> agency.equals(row.get("agency")) && locality.equals(row.get(field)))
                    .forEach(row -> byYear.merge(((Number) row.get("year")).intValue(),
                            (Long) row.get(AwardCells.total(AwardStatus.CONFERRED)), Long::sum));
            figures.add(new ReviewFigures(agency, locality, localityName(cell), held, byYear));
        });
        return figures;
    }

    // --- IRREGULAR_REPORTING ----------------------------------------------------------------------------------

    /**
     * The units' reports of outreach activities (data set ACTIVITIES) as {@code GET /reporting} counts them, over the
     * periods of {@link ReportingQuery#window}, judged by {@link ReportingRule}: in the locality asked, or without one
     * in each province where a report of the window stands submitted or approved. Where none does, nothing is judged (see
     * {@link ReportingRule}: an agency that does not use the reporting periods is not a unit failing to report).
     */
    private List<Finding> irregularReporting(ReadScope scope, MonthRange range) {
        MonthRange window = ReportingQuery.window(range, VietnamTime.today(clock));
        if (window == null) {
            return List.of();
        }
        List<String> provinces = reporting.provincesReporting(scope, DataSet.ACTIVITIES.name(), window);
        if (provinces.isEmpty()) {
            return List.of();
        }
        ReportingRule rule = new ReportingRule(thresholds.irregularReporting(), this::agencyName);
        List<Finding> findings = new ArrayList<>();
        for (String locality : scope.locality() != null ? List.of(scope.locality()) : provinces) {
            findings.addAll(rule.judge(reporting.answer(new ReadScope(scope.agency(), locality), DataSet.ACTIVITIES.name(),
                    window, Locale.forLanguageTag("vi")).rows()));
        }
        return findings;
    }

    // --- models -----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, String> modelNames(List<ModelsAnswer.Overlap> overlapping) {
        List<String> ids = overlapping.stream().flatMap(group -> group.modelIds().stream()).toList();
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        generations.answer(generation -> {
            for (Document model : collection(generation, ProjectionCollections.MODELS)
                    .find(new Document("_id", new Document("$in", ids)))) {
                Document state = model.get(Items.STATE, Document.class);
                if (state != null) {
                    names.put(model.getString("_id"), state.getString("name"));
                }
            }
            return names;
        });
        return names;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** An agency's names: configured, else one of the four known ones, else its code. */
    public Label agencyName(String code) {
        return agencies.find(code).or(() -> KnownAgencies.find(code)).map(KnownAgencies.Agency::label)
                .orElse(new Label(code, code));
    }

    private String provinceOf(String locality) {
        if (locality == null) {
            return null;
        }
        return places.resolve(locality).map(path -> path.province().code()).orElse(null);
    }

    private boolean within(String code, String locality) {
        return locality == null || places.isWithin(code, locality);
    }

    private static String localityName(Document cell) {
        for (String level : List.of(Place.COMMUNE, Place.DISTRICT, Place.PROVINCE)) {
            if (cell.getString(Place.nameOf(level)) != null) {
                return cell.getString(Place.nameOf(level));
            }
        }
        return null;
    }

    private MongoCollection<Document> collection(int generation, String name) {
        return database.getCollection(Generations.collection(generation, name));
    }

    private static long first(long[] values) {
        return values == null ? 0 : values[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
