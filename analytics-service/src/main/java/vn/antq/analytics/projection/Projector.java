package vn.antq.analytics.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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

    /**
     * A rebuild's whole replay, folded (one change per aggregate, its newest), into the generation being built. The
     * live consumer's writes to that generation wait meanwhile; aggregates it has written already are applied by
     * the protocol, batch by batch, and all others are loaded with bulk inserts. The replay's progress is recorded
     * last, which settles what it wrote.
     *
     * @param batchSize changes per batch of the aggregates applied by the protocol
     */
    public ApplyResult loadReplay(int generation, Collection<Change> changes, Function<Change, Position> position,
            List<WriterProgress> progress, int batchSize) {
        List<Change> newest = ApplyPlanner.newestPerAggregate(changes);
        int applied = 0;
        int skipped = 0;
        int cellWrites = 0;
        try (Held held = locks.lockAll()) {
            Set<String> written = store.ledgerIds(generation);
            List<Change> load = new ArrayList<>(newest.size());
            List<Change> apply = new ArrayList<>();
            for (Change change : newest) {
                (written.contains(change.ledgerId()) ? apply : load).add(change);
            }
            store.load(generation, load, position);
            applied += load.size();
            for (int from = 0; from < apply.size(); from += batchSize) {
                ApplyResult result = store.apply(generation, apply.subList(from, Math.min(apply.size(), from + batchSize)),
                        position);
                applied += result.applied();
                skipped += result.skipped();
                cellWrites += result.cellWrites();
            }
            store.recordProgress(progress);
        }
        return new ApplyResult(applied, skipped, cellWrites);
    }
}
