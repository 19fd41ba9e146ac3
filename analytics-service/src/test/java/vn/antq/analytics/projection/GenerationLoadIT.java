package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.ingest.EventProjections;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;

/**
 * A rebuild's folded replay written with bulk inserts ({@link Projector#loadReplay}) leaves what the protocol leaves
 * when every change is applied batch by batch, also where the live consumer wrote the generation first: aggregates
 * it already has at a newer or an older version, unsettled entries, cells and rollup documents it created.
 */
@AnalyticsIntegrationTest
class GenerationLoadIT {

    private static final List<String> AGENCIES = TestEvents.SPREAD_AGENCIES;
    private static final List<Locality> PLACES = TestEvents.SPREAD_PLACES;
    private static final List<ActivityKind> KINDS = TestEvents.SPREAD_KINDS;
    /** Every collection a batch of activities writes: the cells, the ledger, the rollups and their parts. */
    private static final List<String> COLLECTIONS = List.of(ProjectionCollections.PARTICIPATION,
            ProjectionCollections.COORDINATION, ProjectionCollections.MATERIAL_UNITS, "participation_by_place",
            "participation_by_district", "participation_by_commune", "coordination_by_district");

    @Autowired
    ProjectionStore store;

    @Autowired
    Projector projector;

    @Autowired
    EventProjections projections;

    @Autowired
    Generations generations;

    @Autowired
    MongoDatabase database;

    private final List<Integer> built = new ArrayList<>();
    /** The replay's writer: its own in each test, as each rebuild's writers are. */
    private String writer;

    @BeforeEach
    void noGenerations() {
        built.clear();
        writer = "load-test-" + UUID.randomUUID();
    }

    @AfterEach
    void dropGenerations() {
        built.forEach(generations::drop);
    }

    @Test
    void aLoadedReplayEqualsTheSameChangesAppliedByTheProtocol() {
        Random random = new Random(20261207);
        List<Change> replayed = history("r", 400, 1200, random);

        int expected = applied(replayed, List.of());
        int loaded = newGeneration();
        assertThat(projector.loadReplay(loaded, replayed, writer,
                List.of(progress(writer, 7)), 50).applied()).isEqualTo(400);

        assertThat(differences(contents(expected), contents(loaded))).isEmpty();
        assertThat(ledger(loaded)).isEqualTo(ledger(expected));
        assertThat(store.progressOffsets(List.of(writer))).containsEntry(writer, 7L);
    }

    @Test
    void whatTheLiveConsumerWroteFirstIsMergedWithTheLoad() {
        Random random = new Random(71);
        List<Change> replayed = history("m", 300, 900, random);
        // The live consumer's records come after the replayed ones: newer versions of some aggregates, stale
        // duplicates of others, cancellations, aggregates the replay never saw; in the same few cells.
        List<Change> live = new ArrayList<>();
        Map<String, Long> newest = new HashMap<>();
        replayed.forEach(change -> newest.merge(change.ledgerId(), change.version(), Math::max));
        for (int i = 0; i < 150; i++) {
            String id = "m" + random.nextInt(300);
            long last = newest.getOrDefault(Change.ledgerId("activity", id), 0L);
            long version = random.nextInt(4) == 0 ? Math.max(1, last - random.nextInt(2)) : last + 1 + random.nextInt(2);
            live.add(change(id, version));
        }
        for (int i = 0; i < 40; i++) {
            live.add(change("m-live-" + i, 1));
        }

        int expected = applied(replayed, live);
        int loaded = newGeneration();
        // Unsettled: no progress is ever recorded for this writer, so its entries' cells are read.
        for (int from = 0; from < live.size(); from += 30) {
            long offset = from + 30L;
            store.apply(loaded, ApplyPlanner.newestPerAggregate(live.subList(from, Math.min(live.size(), from + 30))),
                    change -> new Position("live-" + writer, offset));
        }
        projector.loadReplay(loaded, replayed, writer,
                List.of(progress(writer, 7)), 25);

        assertThat(differences(contents(expected), contents(loaded))).isEmpty();
        assertThat(versions(loaded)).isEqualTo(versions(expected));
        assertThat(contents(loaded).get(ProjectionCollections.PARTICIPATION)).hasSizeGreaterThan(50);
    }

    @Test
    void aLoadThatFailedHalfWayIsCompletedByTheNextAttempt() {
        Random random = new Random(5);
        List<Change> replayed = history("f", 200, 600, random);
        List<Change> newest = ApplyPlanner.newestPerAggregate(replayed);

        int expected = applied(replayed, List.of());
        int loaded = newGeneration();
        // The first attempt wrote the ledger and the cells of half the aggregates, then stopped before their rollups.
        List<Change> half = newest.subList(0, newest.size() / 2);
        store.writeLedger(loaded, half.stream().map(change -> new ApplyPlan.LedgerWrite(new LedgerEntry(change.ledgerId(),
                change.version(), cellsOf(change), Map.of(), writer, 7), false)).toList());
        ApplyPlan plan = ApplyPlanner.plan(half, Map.of(), entry -> true, change -> new Position(writer, 7), Map.of());
        store.writeCells(loaded, plan.ops());

        projector.loadReplay(loaded, replayed, writer,
                List.of(progress(writer, 7)), 40);

        assertThat(differences(contents(expected), contents(loaded))).isEmpty();
    }

    /** A log of activities: versions revised, repeated (duplicates, stale redeliveries), some cancelled. */
    private List<Change> history(String prefix, int aggregates, int records, Random random) {
        Map<String, Long> versions = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            changes.add(change(prefix + i, versions.merge(prefix + i, 1L, Long::sum)));
        }
        for (int i = aggregates; i < records; i++) {
            String id = prefix + random.nextInt(aggregates);
            int kind = random.nextInt(6);
            long version = kind == 0 ? versions.get(id) : kind == 1 ? Math.max(1, versions.get(id) - 1)
                    : versions.merge(id, 1L, Long::sum);
            changes.add(change(id, version));
        }
        Collections.shuffle(changes.subList(aggregates, changes.size()), random);
        return changes;
    }

    /** The same version of an activity is always the same event; one version in six is a cancellation. */
    private Change change(String id, long version) {
        Random shape = new Random(id.hashCode() * 31L + version);
        boolean cancelled = version > 1 && shape.nextInt(6) == 0;
        int agency = shape.nextInt(AGENCIES.size());
        List<String> partners = shape.nextBoolean() ? List.of()
                : List.of(AGENCIES.get((agency + 1 + shape.nextInt(AGENCIES.size() - 1)) % AGENCIES.size()));
        return projections.changeOf(EventContract.ACTIVITY_RECORDED, TestEvents.activity(id, version, AGENCIES.get(agency),
                partners, PLACES.get(shape.nextInt(PLACES.size())), KINDS.get(shape.nextInt(KINDS.size())),
                LocalDate.of(2023 + shape.nextInt(2), 1 + shape.nextInt(12), 5), 10 + shape.nextInt(300),
                shape.nextInt(10), shape.nextInt(10), shape.nextInt(50), 0,
                cancelled ? ActivityStatus.CANCELLED : ActivityStatus.RECORDED));
    }

    /** A generation with the changes applied by the protocol, in batches of 40, in the order given. */
    private int applied(List<Change> first, List<Change> then) {
        int generation = newGeneration();
        List<Change> all = new ArrayList<>(first);
        all.addAll(then);
        for (int from = 0; from < all.size(); from += 40) {
            store.apply(generation, ApplyPlanner.newestPerAggregate(all.subList(from, Math.min(all.size(), from + 40))),
                    change -> new Position("protocol-test", 1));
        }
        return generation;
    }

    /** A generation of its own, which no live batch writes (numbers far above any a rebuild takes meanwhile). */
    private int newGeneration() {
        int generation = generations.next() + 1000 + built.size();
        generations.prepareUnlisted(generation);
        built.add(generation);
        return generation;
    }

    private static Map<CellRef, Map<String, Long>> cellsOf(Change change) {
        Map<CellRef, Map<String, Long>> cells = new TreeMap<>();
        change.contributions().forEach(contribution -> cells.put(contribution.cell(), contribution.totals()));
        return cells;
    }

    private static WriterProgress progress(String writer, long offset) {
        return new WriterProgress(writer, WriterProgress.REBUILD, "load-test", 0, offset, Instant.parse("2024-06-01T00:00:00Z"));
    }

    /**
     * What each collection holds, by document: the totals without zeros (a removal leaves a zero where a cell never
     * had the figure), and for the cells their items; cells left with no item and no figure are left out.
     */
    private Map<String, Map<String, Map<String, Object>>> contents(int generation) {
        Map<String, Map<String, Map<String, Object>>> contents = new TreeMap<>();
        for (String collection : COLLECTIONS) {
            Map<String, Map<String, Object>> documents = new TreeMap<>();
            for (Document document : database.getCollection(Generations.collection(generation, collection)).find()) {
                Map<String, Object> content = new LinkedHashMap<>();
                Map<String, Long> totals = new TreeMap<>();
                Document stored = document.get(Items.TOTALS, Document.class);
                if (stored != null) {
                    stored.forEach((name, value) -> {
                        if (((Number) value).longValue() != 0) {
                            totals.put(name, ((Number) value).longValue());
                        }
                    });
                }
                Document items = document.get(Items.ITEMS, Document.class);
                if (totals.isEmpty() && (items == null || items.isEmpty())) {
                    continue;
                }
                content.put("totals", totals);
                if (items != null) {
                    content.put("items", new TreeMap<>(items));
                }
                for (String field : document.keySet()) {
                    if (!List.of("_id", Items.TOTALS, Items.ITEMS, Items.WRITERS, RollupWriter.WRITES,
                            RollupWriter.VERSION, RollupWriter.PARTS).contains(field)) {
                        content.put(field, document.get(field));
                    }
                }
                documents.put(document.getString("_id"), content);
            }
            contents.put(collection, documents);
        }
        return contents;
    }

    /** Per document that differs: what the protocol left and what the load left. */
    private static List<String> differences(Map<String, Map<String, Map<String, Object>>> expected,
            Map<String, Map<String, Map<String, Object>>> actual) {
        List<String> differences = new ArrayList<>();
        expected.forEach((collection, documents) -> {
            Map<String, Map<String, Object>> loaded = actual.getOrDefault(collection, Map.of());
            Set<String> ids = new TreeSet<>(documents.keySet());
            ids.addAll(loaded.keySet());
            for (String id : ids) {
                if (!Objects.equals(documents.get(id), loaded.get(id))) {
                    differences.add(collection + " " + id + ": protocol " + documents.get(id) + ", load " + loaded.get(id));
                }
            }
        });
        return differences;
    }

    /** The ledger: each aggregate's version and cells. */
    private Map<String, Object> ledger(int generation) {
        Map<String, Object> ledger = new TreeMap<>();
        for (Document entry : database.getCollection(Generations.collection(generation, ProjectionCollections.LEDGER)).find()) {
            ledger.put(entry.getString("_id"), List.of(entry.get("version"), entry.get("cells")));
        }
        return ledger;
    }

    private Map<String, Object> versions(int generation) {
        Map<String, Object> versions = new TreeMap<>();
        for (Document entry : database.getCollection(Generations.collection(generation, ProjectionCollections.LEDGER)).find()) {
            versions.put(entry.getString("_id"), entry.get("version"));
        }
        return versions;
    }
}
