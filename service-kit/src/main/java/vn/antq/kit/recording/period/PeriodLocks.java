package vn.antq.kit.recording.period;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.web.ApiException;

/**
 * The lock of the units' periods on every write of a service's records: a record of a submitted or approved period is
 * neither created, nor revised, nor cancelled.
 *
 * <p><b>How a write and a submission are ordered.</b> A write first registers itself on each period it touches (the
 * period of the record before and after the change), by one conditional update of the period's document that succeeds
 * only while the period takes writes; it writes its record; then it removes its registration. A submission first
 * marks the period as being submitted (the same document: from then on no write registers), waits until every write
 * registered before the mark has finished, counts the period's records, and stores the submitted period. MongoDB
 * applies updates of one document one after another, so each write registered either before the mark, and is in the
 * count, or after it, and was refused: no write lands in a submitted or approved period.
 *
 * <p><b>A write that stops half-way</b> (its service dies) leaves its registration behind; the registration holds a
 * lease ({@code antq.reporting.write-lease}, 30 s) after which a submission no longer waits for it. A write whose
 * registration is older than half its lease when it is about to write gives up instead (503, try again), so that a
 * write that is slow rather than dead does not land after a submission stopped waiting for it.
 *
 * <p><b>What a single write costs.</b> A registration is one conditional update: on the version and freeze of the
 * period an earlier registration of this service found taking writes (kept in memory, {@link #open}); a step changes
 * the version and a submission sets the freeze, so while the document still has both it takes writes, and the update
 * is conditional on exactly what the read would have checked. A period not seen here is first made with the
 * registration in it, by one insert (a document that did not exist can have had no step nor submission); if it exists
 * already, or the remembered update matches nothing (the period changed), the period is read and registered on as
 * above. The release is not on the request's path: a write's registration is removed after its record is written,
 * by {@link PeriodReleases} in one bulk with the others released meanwhile. A submission waits for it as for any write
 * in flight; a registration a stopped service never released runs out with its lease, as above.
 */
public final class PeriodLocks implements AutoCloseable {

    /** How many periods' last registration is kept for {@link #open}; beyond it the memory starts again empty. */
    static final int OPEN_PERIODS_KEPT = 20_000;

    private final PeriodStore store;
    private final DataSet dataSet;
    private final ReportingProperties properties;
    private final Clock clock;
    private final PeriodProblems problems;
    private final PeriodReleases releases;
    /** Of the periods this service registered a write on, the version and freeze it found them taking writes at. */
    private final Map<String, PeriodStore.Seen> open = new ConcurrentHashMap<>();

    PeriodLocks(PeriodStore store, DataSet dataSet, ReportingProperties properties, Clock clock, PeriodProblems problems) {
        this.store = store;
        this.releases = new PeriodReleases(store);
        this.problems = problems;
        this.dataSet = dataSet;
        this.properties = properties;
        this.clock = clock;
    }

    /** The period a record of {@code agency} at {@code place}, dated {@code date}, belongs to. */
    public PeriodKey keyOf(String agency, Locality place, LocalDate date) {
        return new PeriodKey(dataSet, agency, unitOf(place), properties.cadenceOf(agency).periodOf(date));
    }

    /** Runs {@code write} holding the periods it touches open; 409 naming who locked one of them, and nothing written. */
    public <T> T guard(Collection<PeriodKey> keys, Supplier<T> write) {
        Held held = hold(keys);
        try {
            if (!held.refused().isEmpty()) {
                throw held.refused().values().iterator().next();
            }
            held.requireFresh();
            return write.get();
        } finally {
            held.release();
        }
    }

    /**
     * Registers a write on each period of {@code keys} that takes writes, for a batch of records (an import): the
     * records of the refused periods are reported with the refusal's words, the others written, then
     * {@link Held#release()}.
     */
    public Held hold(Collection<PeriodKey> keys) {
        String writer = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant until = now.plus(properties.getWriteLease());
        Map<String, PeriodKey> byId = new LinkedHashMap<>();
        new TreeSet<>(keys).forEach(key -> byId.put(key.id(), key));
        List<String> registered = new ArrayList<>();
        if (byId.size() == 1) {
            PeriodKey key = byId.values().iterator().next();
            if (register(key, writer, until, now)) {
                registered.add(key.id());
            }
        } else {
            // A batch: one bulk registration, the periods nobody has written in yet made, then theirs.
            Set<String> held = store.registerAll(byId.keySet(), writer, until, now);
            List<PeriodKey> missing = byId.values().stream().filter(key -> !held.contains(key.id())).toList();
            if (!missing.isEmpty()) {
                store.ensureAll(missing);
                held.addAll(store.registerAll(missing.stream().map(PeriodKey::id).toList(), writer, until, now));
            }
            registered.addAll(held);
        }
        Map<PeriodKey, PeriodRefused> refused = new LinkedHashMap<>();
        Set<String> taking = new HashSet<>(registered);
        byId.forEach((id, key) -> {
            if (!taking.contains(id)) {
                refused.put(key, refusal(key));
            }
        });
        return new Held(writer, now, registered, refused);
    }

    private boolean register(PeriodKey key, String writer, Instant until, Instant now) {
        String id = key.id();
        PeriodStore.Seen seen = open.get(id);
        if (seen != null) {
            if (store.registerIfStill(id, seen, writer, until)) {
                return true;
            }
            open.remove(id, seen);
        } else if (createRegistered(key, writer, until)) {
            return true;
        }
        // It exists (the insert met it, or it was remembered): registered on as read, if it takes writes. One remembered
        // may be gone since: then it is made now, or by another write meanwhile.
        return registerReading(id, writer, until, now)
                || seen != null && (createRegistered(key, writer, until) || registerReading(id, writer, until, now));
    }

    private boolean createRegistered(PeriodKey key, String writer, Instant until) {
        if (store.createRegistered(key, writer, until)) {
            remember(key.id(), PeriodStore.CREATED);
            return true;
        }
        return false;
    }

    private boolean registerReading(String id, String writer, Instant until, Instant now) {
        return !store.registerAll(List.of(id), writer, until, now, this::remember).isEmpty();
    }

    private void remember(String id, PeriodStore.Seen seen) {
        if (open.size() >= OPEN_PERIODS_KEPT) {
            open.clear();
        }
        open.put(id, seen);
    }

    /** Releases the registrations still waiting to be (on the service's shutdown). */
    @Override
    public void close() {
        releases.close();
    }

    /** Why a write in the period is refused: 409 naming who submitted or approved it, and when. */
    PeriodRefused refusal(PeriodKey key) {
        Optional<Period> period = store.find(key.id());
        if (period.isEmpty() || !period.get().state().locked()) {
            return problems.beingSubmitted(key);
        }
        return problems.locked(period.get());
    }

    /** The registrations of one write or batch. */
    public final class Held {

        private final String writer;
        private final Instant registeredAt;
        private final List<String> registered;
        private final Map<PeriodKey, PeriodRefused> refused;

        Held(String writer, Instant registeredAt, List<String> registered, Map<PeriodKey, PeriodRefused> refused) {
            this.writer = writer;
            this.registeredAt = registeredAt;
            this.registered = registered;
            this.refused = refused;
        }

        /** The periods that take no write now, with the answer that says why. */
        public Map<PeriodKey, PeriodRefused> refused() {
            return refused;
        }

        /** 503 (try again) when this write has held its periods for more than half its lease: see {@link PeriodLocks}. */
        public void requireFresh() {
            Duration held = Duration.between(registeredAt, clock.instant());
            if (held.compareTo(properties.getWriteLease().dividedBy(2)) > 0) {
                release();
                throw ApiException.unavailable("period.write-too-slow", Duration.ofSeconds(1));
            }
        }

        /**
         * Removes this write's registrations: after its records are written (or it gave up), off the caller's thread,
         * batched with other writes' ({@link PeriodReleases}).
         */
        public void release() {
            releases.release(registered, writer);
            registered.clear();
        }
    }

    /** The unit that reports a record at {@code place}: its commune, else its district, else its province. */
    static Locality unitOf(Locality place) {
        if (place.commune() != null) {
            return place;
        }
        return place.district() != null ? new Locality(place.province(), place.district(), null)
                : Locality.ofProvince(place.province());
    }
}
