package vn.antq.analytics.rebuild;

/**
 * The one rebuild that may run at a time. A rebuild's final state is written and the slot freed in one step
 * under the same monitor that {@link #claim} takes: whoever has read a rebuild as DONE or FAILED and asks for the
 * next one finds the slot free (a claim that arrives while the final state is being written waits for it).
 */
final class RebuildSlot {

    private String holder;

    /** Takes the slot for {@code id}; false while another rebuild holds it. */
    synchronized boolean claim(String id) {
        if (holder != null) {
            return false;
        }
        holder = id;
        return true;
    }

    /** Records the rebuild's end (its final state) and frees the slot, as one step. */
    synchronized void finish(String id, Runnable recordEnd) {
        try {
            recordEnd.run();
        } finally {
            if (id.equals(holder)) {
                holder = null;
            }
        }
    }
}
