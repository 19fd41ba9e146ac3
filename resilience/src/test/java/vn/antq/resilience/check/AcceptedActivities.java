package vn.antq.resilience.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import vn.antq.resilience.data.Activity;

/**
 * The client's side of the books: every write event-service accepted (a 2xx), and so the state and version of
 * each activity after its last accepted write. What analytics must show is computed from this alone.
 */
public final class AcceptedActivities {

    /** An activity as its last accepted write left it. */
    public record State(Activity activity, long version, boolean cancelled) {
    }

    private final Map<String, State> byId = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();

    public void recorded(String id, Activity activity) {
        byId.put(id, new State(activity, 1, false));
        writes.incrementAndGet();
    }

    public void revised(String id, Activity activity, long version) {
        byId.put(id, new State(activity, version, false));
        writes.incrementAndGet();
    }

    public void cancelled(String id, long version) {
        byId.computeIfPresent(id, (key, state) -> new State(state.activity(), version, true));
        writes.incrementAndGet();
    }

    public long writes() {
        return writes.get();
    }

    public int activities() {
        return byId.size();
    }

    public Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    public State state(String id) {
        return byId.get(id);
    }

    /** Per activity, the version of its last accepted write: what analytics' ledger must hold. */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        byId.forEach((id, state) -> versions.put(id, state.version()));
        return versions;
    }

    /** What {@code /participation} must total for these activities: cancelled ones count for nothing. */
    public Map<String, Long> expectedParticipation() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String name : new String[] {"activities", "participants", "women", "ethnicMinority", "reach", "copies"}) {
            totals.put(name, 0L);
        }
        byId.values().stream().filter(state -> !state.cancelled()).map(State::activity).forEach(a -> {
            totals.merge("activities", 1L, Long::sum);
            totals.merge("participants", a.participants(), Long::sum);
            totals.merge("women", a.women(), Long::sum);
            totals.merge("ethnicMinority", a.ethnicMinority(), Long::sum);
            totals.merge("reach", a.reach(), Long::sum);
            totals.merge("copies", a.copies(), Long::sum);
        });
        return totals;
    }
}
