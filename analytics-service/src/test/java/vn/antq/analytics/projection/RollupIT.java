package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.ingest.EventProjections;
import vn.antq.analytics.query.CellAggregation;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;

/**
 * The rollups stay the sums of their detailed cells through revisions, cancellations, duplicates, a stop between
 * the cells and the rollups, and two writers at once; and an answer read from a rollup equals the same answer from
 * the detailed cells.
 */
@AnalyticsIntegrationTest
class RollupIT {

    private static final List<String> AGENCIES = TestEvents.SPREAD_AGENCIES;
    private static final List<Locality> PLACES = TestEvents.SPREAD_PLACES;
    private static final List<ActivityKind> KINDS = TestEvents.SPREAD_KINDS;

    @Autowired
    ProjectionStore store;

    @Autowired
    EventProjections projections;

    @Autowired
    Generations generations;

    @Autowired
    MongoDatabase database;

    private int generation;
    private final Random random = new Random(20261128);

    @BeforeEach
    void newGeneration() {
        generation = generations.next();
        generations.startBuilding(generation);
    }

    @AfterEach
    void dropGeneration() {
        generations.abandon(generation);
    }

    @Test
    void rollupsAreTheSumsOfTheirCellsThroughRevisionsCancellationsAndDuplicates() {
        applyRandomBatches("a", 300, 30, 40);

        assertRollupsEqualTheirCells();
        assertThat(count(ProjectionCollections.PARTICIPATION)).isGreaterThan(100);
    }

    @Test
    void aStopBetweenTheCellsAndTheRollupsIsRepairedWhenTheBatchComesAgain() {
        Map<String, Long> versions = new HashMap<>();
        for (int batch = 0; batch < 10; batch++) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                changes.add(randomChange("s" + random.nextInt(80), versions));
            }
            List<Change> newest = ApplyPlanner.newestPerAggregate(changes);
            long offset = batch + 1L;
            if (batch % 3 == 2) {
                // The cells are written, then the process stops before the rollups: nothing records the batch's progress.
                ApplyPlan plan = store.plan(generation, newest, change -> new Position("rollup-test", offset));
                store.writeLedger(generation, plan.ledgerWrites());
                store.writeCells(generation, plan.ops());
                assertThat(rollupDifferences()).as("rollups behind their cells after the stop").isNotEmpty();
            }
            store.apply(generation, newest, change -> new Position("rollup-test", offset));
            assertRollupsEqualTheirCells();
        }
    }

    @Test
    void twoWritersOnTheSameCellsKeepTheRollupsExact() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String writer : List.of("x", "y")) {
                Random own = new Random(writer.hashCode());
                done.add(writers.submit(() -> {
                    Map<String, Long> versions = new HashMap<>();
                    for (int batch = 0; batch < 25; batch++) {
                        List<Change> changes = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            // Each writer its own aggregates (one writer per aggregate), all in the same few cells.
                            changes.add(change(writer + own.nextInt(40), versions, own, 2));
                        }
                        store.apply(generation, ApplyPlanner.newestPerAggregate(changes),
                                change -> new Position("rollup-test-" + writer, 1));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }
        assertRollupsEqualTheirCells();
    }

    @Test
    void anAnswerFromARollupEqualsTheSameAnswerFromTheCells() {
        applyRandomBatches("q", 400, 10, 50);
        CellSource participation = generations.cells(generation, ProjectionCollections.PARTICIPATION);
        CellSource coordination = generations.cells(generation, ProjectionCollections.COORDINATION);
        List<String> totals = List.of("activities", "participants", "women");
        Document range = new Document("month", new Document("$gte", "2023-03").append("$lte", "2024-10"));

        assertSameFromRollup(participation, "participation_by_district", new Document(), List.of("agency", "district", "year"), totals);
        assertSameFromRollup(participation, "participation_by_district", new Document(range).append("agency", "POLICE"),
                List.of("province", "quarter"), totals);
        assertSameFromRollup(participation, "participation_by_commune", new Document(range).append("province", "62"),
                List.of("commune", "district"), totals);
        assertSameFromRollup(participation, "participation_by_place", new Document(range).append("agency", "WOMEN_UNION"),
                List.of("commune", "month"), totals);
        assertSameFromRollup(coordination, "coordination_by_district", new Document("agencies", "FARMERS"),
                List.of("pair", "province"), List.of("jointActivities", "participants"));
        // Channel is kept by no rollup: the detailed cells answer.
        assertThat(participation.narrowest(Set.of("channel", "agency")).getNamespace().getCollectionName())
                .isEqualTo(Generations.collection(generation, ProjectionCollections.PARTICIPATION));
    }

    private void assertSameFromRollup(CellSource source, String rollup, Document match, List<String> keys,
            List<String> totals) {
        assertThat(source.narrowest(CellAggregation.fieldsRead(match, keys)).getNamespace().getCollectionName())
                .isEqualTo(Generations.collection(generation, rollup));
        List<Map<String, Object>> fromRollup = CellAggregation.rows(source, match, keys, totals);
        assertThat(fromRollup).isNotEmpty().isEqualTo(CellAggregation.rows(source.cells(), match, keys, totals));
    }

    /** Batches of random changes to {@code aggregates} activities, applied whole. */
    private void applyRandomBatches(String prefix, int aggregates, int batches, int perBatch) {
        Map<String, Long> versions = new HashMap<>();
        for (int batch = 0; batch < batches; batch++) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                changes.add(randomChange(prefix + random.nextInt(aggregates), versions));
            }
            store.apply(generation, ApplyPlanner.newestPerAggregate(changes), change -> new Position("rollup-test", 1));
        }
    }

    private Change randomChange(String id, Map<String, Long> versions) {
        return change(id, versions, random, PLACES.size());
    }

    /** A new version of an activity (or the same one again: a duplicate), anywhere among the first {@code places}. */
    private Change change(String id, Map<String, Long> versions, Random random, int places) {
        long version = random.nextInt(6) == 0 && versions.containsKey(id) ? versions.get(id) : versions.merge(id, 1L, Long::sum);
        Random shape = new Random(id.hashCode() * 31L + version);
        int agency = shape.nextInt(AGENCIES.size());
        List<String> partners = shape.nextBoolean() ? List.of()
                : List.of(AGENCIES.get((agency + 1 + shape.nextInt(AGENCIES.size() - 1)) % AGENCIES.size()));
        ActivityStatus status = shape.nextInt(8) == 0 ? ActivityStatus.CANCELLED : ActivityStatus.RECORDED;
        return projections.changeOf(EventContract.ACTIVITY_RECORDED, TestEvents.activity(id, version, AGENCIES.get(agency), partners,
                PLACES.get(shape.nextInt(places)), KINDS.get(shape.nextInt(4)),
                LocalDate.of(2023 + shape.nextInt(2), 1 + shape.nextInt(12), 5), 10 + shape.nextInt(300),
                shape.nextInt(10), shape.nextInt(10), 0, 0, status));
    }

    private long count(String collection) {
        return database.getCollection(Generations.collection(generation, collection)).countDocuments();
    }

    private void assertRollupsEqualTheirCells() {
        assertThat(rollupDifferences()).isEmpty();
    }

    /** Per rollup document whose totals are not the sums of its cells: what it holds and what it should. */
    private List<String> rollupDifferences() {
        List<String> differences = new ArrayList<>();
        Rollup.BY_SOURCE.forEach((source, rollups) -> {
            List<Document> cells = database.getCollection(Generations.collection(generation, source)).find()
                    .into(new ArrayList<>());
            for (Rollup rollup : rollups) {
                Map<String, Map<String, Long>> expected = new TreeMap<>();
                for (Document cell : cells) {
                    Map<String, Long> sums = expected.computeIfAbsent(rollup.keyOf(cell), key -> new TreeMap<>());
                    cell.get(Items.TOTALS, Document.class).forEach((name, value) ->
                            sums.merge(name, ((Number) value).longValue(), Long::sum));
                }
                Map<String, Map<String, Long>> actual = new TreeMap<>();
                for (Document document : database.getCollection(Generations.collection(generation, rollup.name())).find()) {
                    Map<String, Long> totals = new TreeMap<>();
                    document.get(Items.TOTALS, Document.class).forEach((name, value) -> totals.put(name, ((Number) value).longValue()));
                    actual.put(document.getString("_id"), totals);
                    assertThat(document).as("fields of " + document.getString("_id"))
                            .containsAllEntriesOf(rollup.dimensionsOf(cells.stream()
                                    .filter(cell -> rollup.keyOf(cell).equals(document.getString("_id"))).findFirst()
                                    .orElseThrow()));
                }
                expected.forEach((id, sums) -> {
                    if (!sums.equals(actual.get(id))) {
                        differences.add(rollup.name() + " " + id + ": holds " + actual.get(id) + ", cells sum to " + sums);
                    }
                });
                actual.keySet().stream().filter(id -> !expected.containsKey(id))
                        .forEach(id -> differences.add(rollup.name() + " " + id + " has no cells"));
            }
        });
        return differences;
    }
}
