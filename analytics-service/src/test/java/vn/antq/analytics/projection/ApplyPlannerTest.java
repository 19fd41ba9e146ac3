package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ApplyPlannerTest {

    private static final CellRef K1 = new CellRef("participation", "k1");
    private static final CellRef K2 = new CellRef("participation", "k2");
    private static final CellRef K3 = new CellRef("participation", "k3");
    private static final String WRITER = "antq.activity.v1:0";

    @Test
    void aNewAggregateIsInsertedIntoEachOfItsCells() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10), contribution(K2, 5))), 0);

        assertThat(memory.totals()).containsExactly(Map.entry(K1, Map.of("n", 10L)), Map.entry(K2, Map.of("n", 5L)));
        assertThat(memory.ledger.get("activity:a").version()).isEqualTo(1);
    }

    @Test
    void aNewerVersionReplacesTheOldContributionAndMovesBetweenCells() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10), contribution(K2, 5))), 0);
        applyFully(memory, List.of(change("a", 2, contribution(K1, 7), contribution(K3, 1))), 1);

        assertThat(memory.totals()).containsExactly(Map.entry(K1, Map.of("n", 7L)), Map.entry(K3, Map.of("n", 1L)));
    }

    @Test
    void anOlderOrEqualVersionIsSkipped() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 2, contribution(K1, 7))), 0);

        ApplyPlan stale = memory.plan(List.of(change("a", 1, contribution(K1, 10))), WRITER, 1);
        ApplyPlan duplicate = memory.plan(List.of(change("a", 2, contribution(K1, 7))), WRITER, 1);

        assertThat(stale.skipped()).isEqualTo(1);
        assertThat(stale.targets()).isEmpty();
        assertThat(duplicate.skipped()).isEqualTo(1);
        assertThat(duplicate.ledgerWrites()).isEmpty();
    }

    @Test
    void aCancelledVersionRemovesEveryContributionAndKeepsTheVersion() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10), contribution(K2, 5))), 0);
        applyFully(memory, List.of(change("a", 2)), 1);
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10))), 2);

        assertThat(memory.totals()).isEmpty();
        assertThat(memory.itemVersions()).isEmpty();
    }

    @Test
    void onlyTheNewestVersionOfABatchIsApplied() {
        List<Change> batch = List.of(change("a", 1, contribution(K1, 1)), change("a", 3, contribution(K2, 3)),
                change("a", 2, contribution(K3, 2)));

        assertThat(ApplyPlanner.newestPerAggregate(batch)).extracting(Change::version).containsExactly(3L);
    }

    @Test
    void reapplyingTheSameVersionAfterACrashBetweenCellWritesAndProgressIsExact() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10), contribution(K2, 5))), 0);
        Change v2 = change("a", 2, contribution(K1, 7), contribution(K3, 1));
        // All cell writes done, progress never recorded: the entry is not settled.
        memory.steps(memory.plan(List.of(v2), WRITER, 1)).forEach(Runnable::run);

        applyFully(memory, List.of(v2), 1);

        assertThat(memory.totals()).containsExactly(Map.entry(K1, Map.of("n", 7L)), Map.entry(K3, Map.of("n", 1L)));
    }

    /**
     * The case a ledger written after the cells cannot handle: v2 half-applied (K2 removed, K3 added), then the
     * redelivered batch also holds v3, which is applied instead of v2. Only the write-ahead entry says that K3
     * may hold v2's item.
     */
    @Test
    void aNewerVersionOvertakingAHalfAppliedOneLeavesNothingBehind() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10), contribution(K2, 5))), 0);
        ApplyPlan v2 = memory.plan(List.of(change("a", 2, contribution(K3, 4))), WRITER, 2);
        List<Runnable> steps = memory.steps(v2);
        steps.subList(0, steps.size() - 1).forEach(Runnable::run);

        applyFully(memory, List.of(change("a", 2, contribution(K3, 4)), change("a", 3, contribution(K2, 1))), 3);

        assertThat(memory.totals()).containsExactly(Map.entry(K2, Map.of("n", 1L)));
    }

    /**
     * Many aggregates, revisions and cancellations, every event delivered more than once and some older ones
     * after newer ones, applied in batches of random sizes by a consumer that crashes at random points of a batch
     * (including half-way through the ledger writes, and after recording progress but before committing). The
     * result must equal the sum of each aggregate's newest version, every time.
     */
    @Test
    void randomCrashesDuplicatesAndReorderingNeverChangeTheTotals() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<Change> log = randomLog(random);
            MemoryCells memory = new MemoryCells();
            consumeWithCrashes(memory, log, random);
            assertThat(memory.totals()).as("seed %d", seed).isEqualTo(expectedTotals(log));
        }
    }

    private static void consumeWithCrashes(MemoryCells memory, List<Change> log, Random random) {
        int committed = 0;
        while (committed < log.size()) {
            int end = Math.min(log.size(), committed + 1 + random.nextInt(12));
            List<Change> batch = log.subList(committed, end);
            long lastOffset = end - 1;
            ApplyPlan plan = memory.plan(batch, WRITER, lastOffset);
            List<CellOp> ops = new ArrayList<>(memory.resolve(plan));
            List<Runnable> steps = new ArrayList<>();
            plan.ledgerWrites().forEach(write -> steps.add(() -> memory.writeLedger(write)));
            Collections.shuffle(ops, random); // an unordered bulk write runs them in any order
            ops.forEach(op -> steps.add(() -> memory.apply(op)));
            int crashAt = random.nextInt(4) == 0 ? random.nextInt(steps.size() + 1) : -1;
            if (crashAt >= 0) {
                steps.subList(0, crashAt).forEach(Runnable::run);
                continue; // nothing committed: the batch is delivered again, maybe cut differently
            }
            steps.forEach(Runnable::run);
            memory.complete(WRITER, lastOffset);
            if (random.nextInt(6) == 0) {
                continue; // progress recorded, offsets not committed: delivered again
            }
            committed = end;
        }
    }

    private static List<Change> randomLog(Random random) {
        List<CellRef> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cells.add(new CellRef(i % 2 == 0 ? "participation" : "coordination", "k" + i));
        }
        List<List<Change>> queues = new ArrayList<>();
        for (int aggregate = 0; aggregate < 15; aggregate++) {
            List<Change> versionsInOrder = new ArrayList<>();
            int versions = 1 + random.nextInt(4);
            for (long version = 1; version <= versions; version++) {
                List<Contribution> contributions = new ArrayList<>();
                if (random.nextInt(5) > 0) { // else cancelled: contributes nothing
                    List<CellRef> shuffled = new ArrayList<>(cells);
                    Collections.shuffle(shuffled, random);
                    for (CellRef cell : shuffled.subList(0, 1 + random.nextInt(3))) {
                        contributions.add(contribution(cell, 1 + random.nextInt(50)));
                    }
                }
                versionsInOrder.add(change("a" + aggregate, version, contributions.toArray(Contribution[]::new)));
            }
            queues.add(versionsInOrder);
        }
        // Aggregates interleaved, each one's versions in order, as on its partition.
        List<Change> log = new ArrayList<>();
        while (!queues.isEmpty()) {
            List<Change> queue = queues.get(random.nextInt(queues.size()));
            log.add(queue.remove(0));
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        // Then duplicates and stale redeliveries of any version.
        List<Change> delivered = new ArrayList<>(log);
        for (int i = 0; i < log.size() / 2; i++) {
            delivered.add(log.get(random.nextInt(log.size())));
        }
        return delivered;
    }

    private static Map<CellRef, Map<String, Long>> expectedTotals(List<Change> log) {
        Map<String, Change> newest = new HashMap<>();
        log.forEach(change -> newest.merge(change.ledgerId(), change, (a, b) -> b.version() > a.version() ? b : a));
        Map<CellRef, Map<String, Long>> totals = new TreeMap<>();
        newest.values().forEach(change -> change.contributions().forEach(contribution -> contribution.totals()
                .forEach((name, value) -> totals.computeIfAbsent(contribution.cell(), cell -> new TreeMap<>())
                        .merge(name, value, Long::sum))));
        return totals;
    }

    private static void applyFully(MemoryCells memory, List<Change> batch, long offset) {
        memory.steps(memory.plan(batch, WRITER, offset)).forEach(Runnable::run);
        memory.complete(WRITER, offset);
    }

    private static Change change(String id, long version, Contribution... contributions) {
        return new Change(Change.ledgerId("activity", id), version, List.of(contributions), Instant.EPOCH);
    }

    private static Contribution contribution(CellRef cell, long n) {
        return Contribution.of(cell, Map.of("dimension", cell.key()), Map.of("n", n));
    }
}
