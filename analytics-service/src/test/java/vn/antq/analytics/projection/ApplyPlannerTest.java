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
        assertThat(stale.ops()).isEmpty();
        assertThat(stale.ledgerWrites()).isEmpty();
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
     * Many aggregates on two partitions sharing cells, revisions and cancellations, every event delivered more than
     * once and some older ones after newer ones, applied in batches of random sizes by consumers that crash at random
     * points of a batch (including half-way through the ledger writes, and after recording progress but before
     * committing), each partition's batches cut differently when delivered again. The result must equal the sum of
     * each aggregate's newest version, and the items those of the newest versions with attributes, every time.
     */
    @Test
    void randomCrashesDuplicatesAndReorderingNeverChangeTheTotals() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<List<Change>> partitions = List.of(randomLog(random, "p0-"), randomLog(random, "p1-"));
            MemoryCells memory = new MemoryCells();
            consumeWithCrashes(memory, partitions, random);
            List<Change> all = new ArrayList<>(partitions.get(0));
            all.addAll(partitions.get(1));
            assertThat(memory.totals()).as("seed %d", seed).isEqualTo(expectedTotals(all));
            assertThat(memory.itemVersions()).as("seed %d", seed).isEqualTo(expectedItems(all));
        }
    }

    /** A cell that every aggregate shares keeps its totals and its writers' offsets, nothing per aggregate. */
    @Test
    void aCellSharedByManyAggregatesDoesNotGrow() {
        MemoryCells memory = new MemoryCells();
        for (int batch = 0; batch < 50; batch++) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                changes.add(change("a" + batch + "-" + i, 1, contribution(K1, 1)));
            }
            ApplyPlan plan = memory.plan(changes, WRITER, batch);
            assertThat(plan.ops()).as("one write per cell and batch").hasSize(1);
            memory.steps(plan).forEach(Runnable::run);
            memory.complete(WRITER, batch);
        }

        MemoryCells.Cell cell = memory.cells.get(K1);
        assertThat(cell.totals).containsExactly(Map.entry("n", 1000L));
        assertThat(cell.items).isEmpty();
        assertThat(cell.writers).containsExactly(Map.entry(WRITER, 49L));
    }

    /**
     * v2 moves the aggregate from K1 to K2 and is interrupted after writing K2 only; a redelivered batch, cut
     * shorter, brings v2 again with an earlier offset. K2's offset already passes v2's first entry, K1's does not:
     * the second attempt removes v1 from K1 and leaves K2 alone.
     */
    @Test
    void aRedeliveryCutShorterFinishesAnInterruptedMove() {
        MemoryCells memory = new MemoryCells();
        applyFully(memory, List.of(change("a", 1, contribution(K1, 10))), 0);
        Change v2 = change("a", 2, contribution(K2, 4));
        ApplyPlan first = memory.plan(List.of(v2, change("b", 1, contribution(K3, 1))), WRITER, 9);
        memory.writeLedger(first.ledgerWrites().get(0));
        memory.writeLedger(first.ledgerWrites().get(1));
        first.ops().stream().filter(op -> op.cell().equals(K2)).forEach(memory::apply);

        applyFully(memory, List.of(v2), 5);
        applyFully(memory, List.of(change("b", 1, contribution(K3, 1))), 9);

        assertThat(memory.totals()).containsExactly(Map.entry(K2, Map.of("n", 4L)), Map.entry(K3, Map.of("n", 1L)));
    }

    private static void consumeWithCrashes(MemoryCells memory, List<List<Change>> partitions, Random random) {
        int[] committed = new int[partitions.size()];
        while (true) {
            List<Integer> open = new ArrayList<>();
            for (int p = 0; p < partitions.size(); p++) {
                if (committed[p] < partitions.get(p).size()) {
                    open.add(p);
                }
            }
            if (open.isEmpty()) {
                return;
            }
            int partition = open.get(random.nextInt(open.size()));
            List<Change> log = partitions.get(partition);
            String writer = "antq.activity.v1:" + partition;
            int end = Math.min(log.size(), committed[partition] + 1 + random.nextInt(12));
            List<Change> batch = log.subList(committed[partition], end);
            long lastOffset = end - 1;
            ApplyPlan plan = memory.plan(batch, writer, lastOffset);
            List<CellOp> ops = new ArrayList<>(plan.ops());
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
            memory.complete(writer, lastOffset);
            if (random.nextInt(6) == 0) {
                continue; // progress recorded, offsets not committed: delivered again
            }
            committed[partition] = end;
        }
    }

    private static List<Change> randomLog(Random random, String prefix) {
        List<CellRef> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cells.add(new CellRef(List.of("participation", "coordination", "reviews").get(i % 3), "k" + i));
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
                        // The same totals as the previous version as often as not: a cell that need not be written.
                        long n = 1 + random.nextInt(3);
                        contributions.add(cell.collection().equals("reviews")
                                ? new Contribution(cell, Map.of("dimension", cell.key()), Map.of("n", n),
                                        Map.of("heldOn", "v" + version), Map.of())
                                : contribution(cell, n));
                    }
                }
                versionsInOrder.add(change(prefix + aggregate, version, contributions.toArray(Contribution[]::new)));
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

    private static Map<CellRef, Map<String, Long>> expectedItems(List<Change> log) {
        Map<CellRef, Map<String, Long>> items = new TreeMap<>();
        newest(log).forEach(change -> change.contributions().stream()
                .filter(contribution -> !contribution.attributes().isEmpty())
                .forEach(contribution -> items.computeIfAbsent(contribution.cell(), cell -> new TreeMap<>())
                        .put(change.itemKey(), change.version())));
        return items;
    }

    private static List<Change> newest(List<Change> log) {
        Map<String, Change> newest = new HashMap<>();
        log.forEach(change -> newest.merge(change.ledgerId(), change, (a, b) -> b.version() > a.version() ? b : a));
        return List.copyOf(newest.values());
    }

    private static Map<CellRef, Map<String, Long>> expectedTotals(List<Change> log) {
        Map<CellRef, Map<String, Long>> totals = new TreeMap<>();
        newest(log).forEach(change -> change.contributions().forEach(contribution -> contribution.totals()
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
