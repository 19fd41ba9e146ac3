package vn.antq.analytics.projection;

import java.util.Collection;
import java.util.List;
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

    /** A batch of a rebuild's replay, into the generation being built. */
    public ApplyResult applyReplay(int generation, Collection<Change> changes, Function<Change, Position> position,
            List<WriterProgress> progress) {
        List<Change> newest = ApplyPlanner.newestPerAggregate(changes);
        ApplyResult result;
        try (Held held = locks.lock(newest.stream().map(Change::ledgerId).toList())) {
            result = store.apply(generation, newest, position);
        }
        store.recordProgress(progress);
        return result;
    }
}
