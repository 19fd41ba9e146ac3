package vn.antq.analytics.projection;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * Striped locks by aggregate id, for the one case with two writers of the same aggregate: while a rebuild runs,
 * its replay and the live consumer both write the generation being built. Each takes the stripes of its batch's
 * aggregates, always in ascending order, so neither can deadlock the other. The live consumer does not need them
 * for the active generation: there, one partition has one writer.
 */
@Component
public class AggregateLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public AggregateLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Holds the stripes of these ledger ids until closed. */
    public Held lock(Collection<String> ledgerIds) {
        TreeSet<Integer> indexes = new TreeSet<>();
        ledgerIds.forEach(id -> indexes.add(Math.floorMod(id.hashCode(), STRIPES)));
        for (int index : indexes) {
            stripes[index].lock();
        }
        return () -> indexes.descendingSet().forEach(index -> stripes[index].unlock());
    }

    /** Holds every stripe until closed: no other writer of the generation being built writes meanwhile. */
    public Held lockAll() {
        for (ReentrantLock stripe : stripes) {
            stripe.lock();
        }
        return () -> {
            for (int index = STRIPES - 1; index >= 0; index--) {
                stripes[index].unlock();
            }
        };
    }

    /** Locks held by {@link #lock}; closing releases them. */
    public interface Held extends AutoCloseable {

        @Override
        void close();
    }
}
