package vn.antq.analytics.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.antq.analytics.projection.AggregateLocks.Held;
import vn.antq.analytics.projection.ProjectionStore.ApplyResult;

/**
 * Applies batches of changes to the generations that must receive them. The live consumer writes the active
 * generation and, during a rebuild, the one being built too; a rebuild's replay writes only the one being built.
 * A writer's progress is recorded only once every generation has the batch, which is what settles its ledger
 * entries.
 */
@Component
public class Projector {

    private final ProjectionStore store;
    private final Generations generations;
    private final AggregateLocks locks;
    /** The replays' step numbers (see {@link #loadReplay}); a rebuild never outlives the service that ran it. */
    private final AtomicLong replaySteps = new AtomicLong();

    public Projector(ProjectionStore store, Generations generations, AggregateLocks locks) {
        this.store = store;
        this.generations = generations;
        this.locks = locks;
    }

    /** A batch from the live consumer. */
    public ApplyResult applyLive(Collection<Change> changes, Function<Change, Position> position,
            List<WriterProgress> progress) {
        List<Change> newest = ApplyPlanner.newestPerAggregate(changes);
        return generations.whileWriting(targets -> {
            ApplyResult result = store.apply(targets.active(), newest, position);
            if (targets.building() != null) {
                try (Held held = locks.lock(newest.stream().map(Change::ledgerId).toList())) {
                    store.apply(targets.building(), newest, position);
                }
            }
            store.recordProgress(progress);
            return result;
        });
    }

    /**
     * A rebuild's whole replay, folded (one change per aggregate, its newest), into the generation being built. The
     * live consumer's writes to that generation wait meanwhile. Aggregates the generation has already (the live
     * consumer wrote them, or a failed attempt of this replay did) are applied by the protocol as one step, planned
     * before anything is written; all others are loaded with bulk inserts in a second step. The replay's progress is
     * recorded last, which settles what it wrote.
     * <p>
     * The replay writes as {@code writer}, with a step number for an offset: each step's writes all carry its number,
     * and steps only grow, also from one attempt to the next. So, as for a partition's batches, a cell whose offset of
     * the replay has reached a step's number was written by that step, whole: a failed attempt's entries are told
     * apart cell by cell by the next one (see {@link LedgerEntry#heldIn}).
     *
     * @param writer    the replay's writer id, whose progress (the last step) is recorded with {@code progress}
     * @param batchSize ledger entries and cell writes per bulk write of the protocol's step
     */
    public ApplyResult loadReplay(int generation, Collection<Change> changes, String writer,
            List<WriterProgress> progress, int batchSize) {
        List<Change> newest = ApplyPlanner.newestPerAggregate(changes);
        try (Held held = locks.lockAll()) {
            Set<String> written = store.ledgerIds(generation);
            List<Change> load = new ArrayList<>(newest.size());
            List<Change> apply = new ArrayList<>();
            for (Change change : newest) {
                (written.contains(change.ledgerId()) ? apply : load).add(change);
            }
            Position applyStep = new Position(writer, replaySteps.incrementAndGet());
            ApplyPlan plan = store.plan(generation, apply, change -> applyStep);
            store.applyPlanned(generation, plan, batchSize);
            Position loadStep = new Position(writer, replaySteps.incrementAndGet());
            store.load(generation, load, change -> loadStep);
            List<WriterProgress> all = new ArrayList<>(progress);
            all.add(new WriterProgress(writer, WriterProgress.REBUILD, null, -1, loadStep.offset(), null));
            store.recordProgress(all);
            return new ApplyResult(load.size() + plan.applied(), plan.skipped(), plan.ops().size());
        }
    }
}
