package vn.antq.analytics.projection;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;

import jakarta.annotation.PostConstruct;

/**
 * Generations of projections: collections prefixed {@code g<n>_}. One is active (the answers read it); during a
 * rebuild a second one is being built. The {@value #META} document names them; the query side reads it, so the
 * switch to a rebuilt generation is one atomic document write.
 * <p>
 * Writers hold a read lock while they apply a batch, and switching takes the write lock: a batch writes to the
 * generations it saw at its start, and no batch is half-way when the set of generations changes. This assumes
 * one analytics instance (the README says so): the lock is in this JVM.
 */
@Component
public class Generations {

    public static final String META = "projection_meta";

    private static final Logger log = LoggerFactory.getLogger(Generations.class);
    private static final String ID = "generations";
    private static final String ROLLED_UP = "rolledUp";
    private static final String FORMAT = "format";
    /**
     * How this version writes a generation: cells keep their writers' offsets and no item per aggregate, ledger
     * entries their {@code prior} shares, rollup documents their parts (2); before, cells kept an item per aggregate
     * and rollups a parts document of their own (1, or no {@value #FORMAT} in the meta document).
     */
    static final int CURRENT_FORMAT = 2;

    private final MongoDatabase database;
    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock(true);
    private volatile int active;
    private volatile Integer building;
    /** The format the active generation was written in (see {@link #CURRENT_FORMAT}). */
    private volatile int activeFormat = CURRENT_FORMAT;
    /** Generations built from empty since rollups exist: their rollups hold every cell (see {@link Rollup}). */
    private final Set<Integer> rolledUp = ConcurrentHashMap.newKeySet();

    public Generations(MongoDatabase analyticsDatabase) {
        this.database = analyticsDatabase;
    }

    public static String collection(int generation, String name) {
        return "g" + generation + "_" + name;
    }

    /** Creates generation 1 on first start; abandons a rebuild that a stop interrupted. */
    @PostConstruct
    void load() {
        Document meta = meta().find(eq("_id", ID)).first();
        if (meta == null) {
            active = 1;
            building = null;
            prepare(1);
            rolledUp.add(1);
            save(null);
            return;
        }
        active = meta.getInteger("active");
        rolledUp.addAll(meta.getList(ROLLED_UP, Integer.class, List.of()));
        activeFormat = meta.getInteger(FORMAT, 1);
        if (activeFormat < CURRENT_FORMAT && rolledUp.remove(active)) {
            // Its rollups keep their parts elsewhere: brought up by this version, they would lose them. Its cells and
            // settled ledger entries are read alike by both versions.
            log.warn("Generation {} was written by an earlier version of the projection engine: answers read its "
                    + "detailed cells until a rebuild (POST /api/v1/analytics/rebuild) writes one in this version's "
                    + "format", active);
            save(null);
        } else if (!rolledUp.contains(active)) {
            log.warn("Generation {} was built before rollups existed: answers read its detailed cells until a rebuild "
                    + "(POST /api/v1/analytics/rebuild) builds one with rollups", active);
        }
        Integer interrupted = meta.getInteger("building");
        building = null;
        if (interrupted != null) {
            log.warn("A rebuild into generation {} was interrupted by a stop; dropping it", interrupted);
            drop(interrupted);
            save(null);
        }
        prepare(active);
    }

    /** The generation the answers read, as the meta document names it. */
    public int activeForQueries() {
        Document meta = meta().find(eq("_id", ID)).first();
        if (meta == null) {
            return active;
        }
        // Another instance may have rebuilt: its generations' rollups are as complete as ours.
        rolledUp.addAll(meta.getList(ROLLED_UP, Integer.class, List.of()));
        return meta.getInteger("active");
    }

    /** Whether the generation's rollups hold all its cells, so that answers may read them and batches must keep them. */
    public boolean isRolledUp(int generation) {
        return rolledUp.contains(generation);
    }

    /** A projection's cells in a generation, with its rollups if they are complete. */
    public CellSource cells(int generation, String name) {
        return new CellSource(database, generation, name, isRolledUp(generation));
    }

    /**
     * Answers a question from the active generation. If a rebuild switched generations while it was being answered
     * (and may have dropped the old one under it), it is answered again from the new one.
     */
    public <T> T answer(IntFunction<T> question) {
        int generation = activeForQueries();
        T answer = question.apply(generation);
        int now = activeForQueries();
        return now == generation ? answer : question.apply(now);
    }

    public int active() {
        return active;
    }

    public Integer building() {
        return building;
    }

    /** The generations a batch must write: the active one, then the one being built, if any. */
    public record Targets(int active, Integer building) {
    }

    /** Runs a batch against the current generations; a switch waits until it is done. */
    public <T> T whileWriting(Function<Targets, T> batch) {
        switching.readLock().lock();
        try {
            return batch.apply(new Targets(active, building));
        } finally {
            switching.readLock().unlock();
        }
    }

    /** A number never used before: above the active one and any earlier rebuild. */
    public int next() {
        Document meta = meta().find(eq("_id", ID)).first();
        int highest = Math.max(active, meta == null ? 0 : meta.getInteger("highest", 0));
        return highest + 1;
    }

    /** From now on every live batch also writes {@code generation}; returns once no batch writes without it. */
    public void startBuilding(int generation) {
        exclusively(() -> {
            drop(generation);
            prepare(generation);
            rolledUp.add(generation);
            building = generation;
            save(generation);
        });
    }

    /** Makes {@code generation} the active one; returns the previous one, which nothing writes any more. */
    public int switchTo(int generation) {
        int[] previous = new int[1];
        exclusively(() -> {
            previous[0] = active;
            active = generation;
            activeFormat = CURRENT_FORMAT;
            building = null;
            save(null);
        });
        return previous[0];
    }

    /** Stops writing a generation that will not be switched to, and drops it. */
    public void abandon(int generation) {
        exclusively(() -> {
            if (building != null && building == generation) {
                building = null;
                save(null);
            }
        });
        drop(generation);
    }

    /**
     * Prepares a generation that no live batch writes and no answer reads, with rollups, for tests and tools that
     * write it themselves and drop it afterwards.
     */
    public void prepareUnlisted(int generation) {
        drop(generation);
        prepare(generation);
        rolledUp.add(generation);
    }

    public void drop(int generation) {
        String prefix = collection(generation, "");
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            if (name.startsWith(prefix)) {
                database.getCollection(name).drop();
            }
        }
    }

    private void prepare(int generation) {
        ProjectionCollections.INDEXES.forEach((name, indexes) -> {
            MongoCollection<Document> collection = database.getCollection(collection(generation, name));
            for (Document keys : indexes) {
                collection.createIndex(keys, new IndexOptions().background(false));
            }
        });
        // Redundant on real MongoDB; the in-process server needs an index whose keys equal the versioned writes' filter.
        Rollup.BY_SOURCE.values().stream().flatMap(List::stream).forEach(rollup -> {
            database.getCollection(collection(generation, rollup.name())).createIndex(
                    new Document("_id", 1).append(RollupWriter.VERSION, 1), new IndexOptions().unique(true));
        });
    }

    private void save(Integer buildingGeneration) {
        Document current = meta().find(eq("_id", ID)).first();
        int highest = Math.max(active, Math.max(current == null ? 0 : current.getInteger("highest", 0),
                buildingGeneration == null ? 0 : buildingGeneration));
        // Only generations that still exist are listed as rolled up.
        List<Integer> listed = rolledUp.stream().filter(g -> g == active || g.equals(buildingGeneration)).sorted().toList();
        meta().replaceOne(eq("_id", ID), new Document("_id", ID).append("active", active)
                .append("building", buildingGeneration).append("highest", highest).append(ROLLED_UP, listed)
                .append(FORMAT, activeFormat),
                new ReplaceOptions().upsert(true));
    }

    private void exclusively(Runnable change) {
        switching.writeLock().lock();
        try {
            change.run();
        } finally {
            switching.writeLock().unlock();
        }
    }

    private MongoCollection<Document> meta() {
        return database.getCollection(META);
    }
}
