package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.ingest.EventProjections;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;

/**
 * The projection protocol on the MongoDB-wire server, with the service killed between any two steps: after the
 * cell writes but before the ledger is settled, after the ledger but before the cells, half-way through the
 * cells, and with a newer version arriving in the redelivered batch. Works on a generation of its own, so the
 * live projections are untouched.
 */
@AnalyticsIntegrationTest
class ProjectionCrashIT {

    private static final List<String> AGENCIES = List.of("POLICE", "WOMEN_UNION", "VETERANS");
    private static final List<Locality> PLACES = List.of(new Locality("62", "612", "23401"),
            new Locality("62", "612", "23427"), new Locality("62", "614", "23479"));

    @Autowired
    ProjectionStore store;

    @Autowired
    EventProjections projections;

    @Autowired
    Generations generations;

    @Autowired
    MongoDatabase database;

    private final int generation = 1000 + new Random().nextInt(100_000);
    private final String writer = "crash-test:" + UUID.randomUUID();
    private final Random random = new Random(42);

    @AfterEach
    void dropGeneration() {
        generations.drop(generation);
    }

    @Test
    void killedBetweenAnyTwoStepsTheRedeliveryConvergesToExactTotals() {
        Map<String, ActivityEvent> latest = new LinkedHashMap<>();
        List<ActivityEvent> firstVersions = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ActivityEvent activity = activity("c" + i, 1);
            firstVersions.add(activity);
            latest.put(activity.id(), activity);
        }

        // 1. Killed half-way through the cell writes of the first batch: ledger written, half the cells, no progress.
        ApplyPlan first = plan(firstVersions, 1);
        List<CellOp> firstOps = first.ops();
        store.writeLedger(generation, first.ledgerWrites());
        store.writeCells(generation, firstOps.subList(0, firstOps.size() / 2));

        // 2. Redelivered, cut differently: the same records and, for 60 of them, newer versions (some cancelled).
        List<ActivityEvent> redelivered = new ArrayList<>(firstVersions);
        for (int i = 0; i < 60; i++) {
            ActivityEvent newer = i % 4 == 0 ? cancelled(latest.get("c" + i)) : activity("c" + i, 2);
            redelivered.add(newer);
            latest.put(newer.id(), newer);
        }
        applyAndSettle(redelivered, 2);
        assertThat(cellTotals()).isEqualTo(expected(latest));

        // 3. Killed after the ledger writes of a batch, before any cell.
        List<ActivityEvent> third = new ArrayList<>();
        for (int i = 100; i < 140; i++) {
            third.add(activity("c" + i, 2));
        }
        store.writeLedger(generation, plan(third, 3).ledgerWrites());

        // 4. Redelivered with even newer versions for half of them, killed after every cell write but before progress.
        List<ActivityEvent> fourth = new ArrayList<>(third);
        for (int i = 100; i < 140; i++) {
            ActivityEvent last = i % 2 == 0 ? activity("c" + i, 3) : third.get(i - 100);
            if (i % 2 == 0) {
                fourth.add(last);
            }
            latest.put(last.id(), last);
        }
        ApplyPlan fourthPlan = plan(fourth, 4);
        List<CellOp> fourthOps = fourthPlan.ops();
        store.writeLedger(generation, fourthPlan.ledgerWrites());
        store.writeCells(generation, fourthOps);

        // 5. The same batch once more (its offsets were never committed), this time to the end.
        applyAndSettle(fourth, 5);
        assertThat(cellTotals()).isEqualTo(expected(latest));

        // 6. Everything again, duplicates and stale versions: nothing changes.
        List<ActivityEvent> everything = new ArrayList<>(redelivered);
        everything.addAll(fourth);
        applyAndSettle(everything, 6);
        assertThat(cellTotals()).isEqualTo(expected(latest));
        assertThat(store.ledgerEntry(generation, "activity:c100").version()).isEqualTo(3);
    }

    /**
     * Each batch ends at a higher offset than the progress recorded so far, as on a partition: a batch that
     * applies anything holds a record never fully applied, so above the recorded progress.
     */
    private ApplyPlan plan(List<ActivityEvent> batch, long offset) {
        currentOffset = offset;
        return store.plan(generation, changes(batch), this::position);
    }

    private void applyAndSettle(List<ActivityEvent> batch, long offset) {
        currentOffset = offset;
        store.apply(generation, ApplyPlanner.newestPerAggregate(changes(batch)), this::position);
        store.recordProgress(List.of(new WriterProgress(writer, "test", "crash-test", 0, offset, null)));
    }

    private long currentOffset = 1;

    private Position position(Change change) {
        return new Position(writer, currentOffset);
    }

    private List<Change> changes(List<ActivityEvent> activities) {
        return ApplyPlanner.newestPerAggregate(activities.stream()
                .map(activity -> projections.changeOf(EventContract.ACTIVITY_RECORDED, activity)).toList());
    }

    /** Participants per agency and pair, as the cells of this generation hold them. */
    private Map<String, Long> cellTotals() {
        Map<String, Long> totals = new TreeMap<>();
        for (String collection : List.of(ProjectionCollections.PARTICIPATION, ProjectionCollections.COORDINATION)) {
            for (Document cell : database.getCollection(Generations.collection(generation, collection)).find()) {
                String group = collection + ":" + (cell.containsKey("pair") ? cell.getString("pair") : cell.getString("agency"));
                Document t = cell.get(Items.TOTALS, Document.class);
                long participants = t == null ? 0 : ((Number) t.get("participants")).longValue();
                long count = t == null ? 0 : ((Number) t.getOrDefault(collection.equals("participation") ? "activities"
                        : "jointActivities", 0L)).longValue();
                totals.merge(group + ":participants", participants, Long::sum);
                totals.merge(group + ":count", count, Long::sum);
            }
        }
        totals.values().removeIf(value -> value == 0);
        return totals;
    }

    private Map<String, Long> expected(Map<String, ActivityEvent> latest) {
        Map<String, Long> totals = new TreeMap<>();
        for (ActivityEvent activity : latest.values()) {
            if (activity.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            totals.merge("participation:" + activity.agency() + ":participants", activity.participants(), Long::sum);
            totals.merge("participation:" + activity.agency() + ":count", 1L, Long::sum);
            for (String partner : activity.partnerAgencies()) {
                String pair = activity.agency().compareTo(partner) < 0 ? activity.agency() + "|" + partner
                        : partner + "|" + activity.agency();
                totals.merge("coordination:" + pair + ":participants", activity.participants(), Long::sum);
                totals.merge("coordination:" + pair + ":count", 1L, Long::sum);
            }
        }
        totals.values().removeIf(value -> value == 0);
        return totals;
    }

    private final Map<String, Integer> agencyOf = new HashMap<>();

    /** Few places, kinds and months, so that many activities share cells; one partner at most, so pairs are simple. */
    private ActivityEvent activity(String id, long version) {
        String agency = AGENCIES.get(agencyOf.computeIfAbsent(id, k -> random.nextInt(AGENCIES.size())));
        List<String> partners = random.nextBoolean() ? List.of() : List.of(AGENCIES.stream()
                .filter(other -> !other.equals(agency)).toList().get(random.nextInt(2)));
        ActivityKind kind = random.nextBoolean() ? ActivityKind.VILLAGE_MEETING : ActivityKind.MOCK_TRIAL;
        long participants = 1 + random.nextInt(300);
        return TestEvents.activity(id, version, agency, partners, PLACES.get(random.nextInt(PLACES.size())), kind,
                LocalDate.of(2024, 1 + random.nextInt(2), 10), participants, participants / 2, participants / 4, 0, 0,
                ActivityStatus.RECORDED);
    }

    private static ActivityEvent cancelled(ActivityEvent a) {
        return TestEvents.activity(a.id(), a.version() + 1, a.agency(), a.partnerAgencies(), a.locality(), a.kind(),
                a.startDate(), a.participants(), a.women(), a.ethnicMinority(), a.reach(), a.copies(), ActivityStatus.CANCELLED);
    }
}
