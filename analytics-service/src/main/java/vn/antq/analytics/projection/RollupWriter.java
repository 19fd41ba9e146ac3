package vn.antq.analytics.projection;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;

/**
 * Keeps the rollups ({@link Rollup}) of a generation equal to the sums of its detailed cells, without transactions,
 * under concurrent writers and a crash at any point.
 * <p>
 * Every write to a detailed cell also increments its write count {@value #WRITES}, so a later state of a cell has a
 * higher count. After a batch has written its cells, and before its progress is recorded, every cell it targeted is
 * <b>propagated</b>: the cells are read (totals and count), and each rollup document they fall in keeps, per detailed
 * cell, its totals at the highest count seen (its <b>parts</b>, {@value #PARTS}) and their sums ({@code t}, what the
 * answers read), at a version {@code v}. A document is replaced whole, parts and sums together, only where it still
 * holds the version {@code v} that was read, with {@code v + 1}; a writer that lost the race reads again. So the parts
 * only move forward, each version is the previous one with some parts advanced, and the sums are always those of the
 * parts beside them: one read and one write per document and batch.
 * <p>
 * A crash after the cells but before the rollups leaves the batch's progress unrecorded: its records come again, the
 * planner targets every cell the aggregates may be in, and propagating them brings the rollups to the cells. A
 * propagation that finds nothing newer writes nothing.
 * <p>
 * A rollup of a rollup ({@link Rollup#BY_SOURCE}) is kept the same way, its source documents' versions serving as
 * their write counts; every document of the next level that the touched ones fall in is brought up, changed or not.
 */
final class RollupWriter {

    /** The write count of a detailed cell (only in projections that have rollups). */
    static final String WRITES = "n";
    static final String PARTS = "p";
    static final String VERSION = "v";

    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ROUNDS = 20;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoDatabase database;

    RollupWriter(MongoDatabase database) {
        this.database = database;
    }

    /** Brings the rollups of the cells' projections up to those cells, level by level. */
    void propagate(int generation, Collection<CellRef> cells) {
        Map<String, Set<String>> keysBySource = new TreeMap<>();
        for (CellRef cell : cells) {
            if (!Rollup.of(cell.collection()).isEmpty()) {
                keysBySource.computeIfAbsent(cell.collection(), source -> new LinkedHashSet<>()).add(cell.key());
            }
        }
        keysBySource.forEach((source, keys) -> propagate(generation, source, WRITES, keys));
    }

    /**
     * Brings the rollups of {@code source} (a projection's cells, or a rollup) up to its documents {@code keys}, and
     * theirs up to those, level by level.
     */
    void propagateFrom(int generation, String source, Set<String> keys) {
        boolean cells = Rollup.BY_SOURCE.values().stream().flatMap(List::stream).noneMatch(rollup -> rollup.name().equals(source));
        propagate(generation, source, cells ? WRITES : VERSION, keys);
    }

    /**
     * Brings the rollups of {@code source} up to the documents {@code keys} there, then theirs up to every document
     * of theirs those fall in (changed or not: an earlier attempt may have stopped between two levels).
     *
     * @param count the field that counts a source document's writes: {@value #WRITES} for cells, the version for rollups
     */
    private void propagate(int generation, String source, String count, Set<String> keys) {
        List<Document> detailed = read(generation, source, count, keys);
        for (Rollup rollup : Rollup.of(source)) {
            Set<String> touched = propagate(generation, rollup, detailed, count);
            if (!Rollup.of(rollup.name()).isEmpty()) {
                propagate(generation, rollup.name(), VERSION, touched);
            }
        }
    }

    private List<Document> read(int generation, String source, String count, Set<String> keys) {
        Set<String> fields = new LinkedHashSet<>(List.of(Items.TOTALS, count));
        Rollup.of(source).forEach(rollup -> fields.addAll(rollup.fields()));
        return database.getCollection(Generations.collection(generation, source))
                .find(in("_id", keys)).projection(Projections.include(List.copyOf(fields))).into(new ArrayList<>());
    }

    /** A detailed cell's part in a rollup document: its totals at its write count. */
    private record Part(String cell, long writes, Document totals) {

        static Part of(Document cell, String count) {
            Document totals = cell.get(Items.TOTALS, Document.class);
            return new Part(cell.getString("_id"), count(cell.get(count)), totals == null ? new Document() : totals);
        }

        Document asDocument() {
            return new Document(WRITES, writes).append(Items.TOTALS, totals);
        }
    }

    /** What one rollup document must come to hold: the parts of this batch's cells, and its fields. */
    private record Pending(String id, Document dimensions, List<Part> parts) {
    }

    /** Brings one rollup up to the source documents; returns the ids of its documents they fall in. */
    private Set<String> propagate(int generation, Rollup rollup, List<Document> detailed, String count) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (Document cell : detailed) {
            pending.computeIfAbsent(rollup.keyOf(cell), key -> new Pending(key, rollup.dimensionsOf(cell), new ArrayList<>()))
                    .parts().add(Part.of(cell, count));
        }
        Set<String> touched = new LinkedHashSet<>(pending.keySet());
        MongoCollection<Document> documents = database.getCollection(Generations.collection(generation, rollup.name()));
        for (int round = 1; !pending.isEmpty(); round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("Could not bring " + pending.size() + " documents of " + rollup.name()
                        + " up to their cells in " + MAX_ROUNDS + " rounds");
            }
            Map<String, Document> current = new HashMap<>();
            documents.find(in("_id", pending.keySet())).projection(Projections.include(VERSION, PARTS))
                    .forEach(document -> current.put(document.getString("_id"), document));
            List<WriteModel<Document>> writes = new ArrayList<>();
            Map<String, Pending> written = new LinkedHashMap<>();
            for (Pending document : pending.values()) {
                Document held = current.get(document.id());
                long version = held == null ? 0 : count(held.get(VERSION));
                Map<String, Document> heldParts = partsOf(held);
                boolean advanced = false;
                for (Part part : document.parts()) {
                    String field = Items.key(part.cell());
                    Document heldPart = heldParts.get(field);
                    if (heldPart == null || count(heldPart.get(WRITES)) < part.writes()) {
                        heldParts.put(field, part.asDocument());
                        advanced = true;
                    }
                }
                if (!advanced) {
                    continue;
                }
                written.put(document.id(), document);
                // The whole document, replaced where it holds the version read: the in-process server parses every
                // field path of an update, which costs several times a replace.
                Document next = new Document("_id", document.id()).append(VERSION, version + 1);
                next.putAll(document.dimensions());
                next.append(Items.TOTALS, sum(heldParts.values()));
                next.append(PARTS, new Document(new TreeMap<>(heldParts)));
                writes.add(held == null ? new InsertOneModel<>(next) : new ReplaceOneModel<>(versioned(document.id(), version), next));
            }
            pending = written.isEmpty() || allApplied(documents, writes) ? Map.of() : written;
        }
        return touched;
    }

    /** Whether every conditional write took effect; if not, the next round reads and decides again. */
    private static boolean allApplied(MongoCollection<Document> documents, List<WriteModel<Document>> writes) {
        try {
            BulkWriteResult result = documents.bulkWrite(writes, UNORDERED);
            return result.getMatchedCount() + result.getUpserts().size() + result.getInsertedCount() == writes.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            return false;
        }
    }

    /**
     * A flat filter on {@code _id} and version: the in-process server finds it through the unique {@code {_id, v}}
     * index {@link Generations} creates (real MongoDB would use {@code _id} alone).
     */
    private static Document versioned(String id, long version) {
        return new Document("_id", id).append(VERSION, version);
    }

    private static Map<String, Document> partsOf(Document held) {
        Map<String, Document> parts = new HashMap<>();
        Document stored = held == null ? null : held.get(PARTS, Document.class);
        if (stored != null) {
            stored.forEach((field, part) -> parts.put(field, (Document) part));
        }
        return parts;
    }

    private static Document sum(Collection<Document> parts) {
        Map<String, Long> sums = new TreeMap<>();
        for (Document part : parts) {
            Document totals = part.get(Items.TOTALS, Document.class);
            if (totals != null) {
                totals.forEach((name, value) -> sums.merge(name, count(value), Long::sum));
            }
        }
        return new Document(sums);
    }

    private static long count(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
