package vn.antq.analytics.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

import vn.antq.analytics.projection.ApplyPlan.LedgerWrite;

/**
 * Applies changes to the cells and the ledger of one generation in MongoDB: one {@code $in} read of the ledger (and,
 * only for aggregates whose last apply may have been interrupted, one of their cells' writers' offsets), one
 * unordered bulk write of ledger entries, then one unordered bulk write per cell collection, one write per cell.
 * Every write stands alone (single-document atomicity); nothing needs a transaction. Every read and write finds its
 * documents by {@code _id} alone, which real MongoDB and the in-process server both serve from the {@code _id} index
 * (the in-process server uses an index only when the filter has exactly the index's fields, so the guards are
 * evaluated here, not in the filters).
 * <p>
 * Writers' progress ({@value #PROGRESS}) is shared by all generations: an entry is settled once its writer's
 * recorded offset has reached the entry's offset.
 */
@Component
public class ProjectionStore {

    /** Per writer (topic partition, or a rebuild's replay of one): the last offset fully applied, and when. */
    public static final String PROGRESS = "projection_state";

    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ROUNDS = 10;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    /** About 30 MB of keys: enough for every cell of a province's six years. */
    private static final int KNOWN_CELLS = 200_000;

    private final MongoDatabase database;
    private final Clock clock;
    private final KnownCells knownCells = new KnownCells(KNOWN_CELLS);
    private final Generations generations;
    private final RollupWriter rollups;

    public ProjectionStore(MongoDatabase analyticsDatabase, Clock clock, Generations generations) {
        this.database = analyticsDatabase;
        this.clock = clock;
        this.generations = generations;
        this.rollups = new RollupWriter(analyticsDatabase);
    }

    /**
     * Applies the changes (at most one per aggregate) to the generation: ledger first, then the cells, then the
     * rollups of every cell the changes may be in (also those left as they were: an earlier attempt may have written
     * them and stopped before their rollups).
     */
    public ApplyResult apply(int generation, List<Change> changes, Function<Change, Position> position) {
        ApplyPlan plan = plan(generation, changes, position);
        applyPlanned(generation, plan, Integer.MAX_VALUE);
        return new ApplyResult(plan.applied(), plan.skipped(), plan.ops().size());
    }

    /**
     * Writes a plan made by {@link #plan}: its ledger entries, its cells, then the rollups; in bulk writes of at most
     * {@code chunk}.
     */
    void applyPlanned(int generation, ApplyPlan plan, int chunk) {
        List<LedgerWrite> entries = plan.ledgerWrites();
        for (int from = 0; from < entries.size(); from += chunk) {
            writeLedger(generation, entries.subList(from, Math.min(entries.size(), from + chunk)));
        }
        List<CellOp> ops = plan.ops();
        for (int from = 0; from < ops.size(); from += chunk) {
            writeCells(generation, ops.subList(from, Math.min(ops.size(), from + chunk)));
        }
        if (generations.isRolledUp(generation)) {
            rollups.propagate(generation, plan.cells());
        }
    }

    /**
     * Writes the final state of aggregates of which the generation's ledger holds nothing, with unordered bulk inserts
     * (see {@link GenerationLoad}): what {@link #apply} would leave, provided no other writer writes these aggregates
     * meanwhile. Their entries are settled once the writers' progress is recorded.
     */
    public void load(int generation, List<Change> changes, Function<Change, Position> position) {
        new GenerationLoad(database, rollups, generation).load(changes, position, generations.isRolledUp(generation));
    }

    /** The ids of every entry of the generation's ledger. */
    public Set<String> ledgerIds(int generation) {
        Set<String> ids = new HashSet<>();
        ledger(generation).find().projection(new Document("_id", 1)).forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    /** What {@link #apply} would do, from the current ledger and, for unsettled entries, their cells. */
    public ApplyPlan plan(int generation, List<Change> changes, Function<Change, Position> position) {
        Map<String, LedgerEntry> ledger = readLedger(generation, changes.stream().map(Change::ledgerId).toList());
        Set<String> writers = ledger.values().stream().map(LedgerEntry::writer).collect(Collectors.toSet());
        Map<String, Long> progress = progressOffsets(writers);
        Predicate<LedgerEntry> settled = entry -> progress.getOrDefault(entry.writer(), -1L) >= entry.offset();
        Map<CellRef, Map<String, Long>> cellWriters = readWriters(generation,
                ApplyPlanner.cellsToRead(changes, ledger, settled));
        return ApplyPlanner.plan(changes, ledger, settled, position, cellWriters);
    }

    public Map<String, LedgerEntry> readLedger(int generation, Collection<String> ids) {
        Map<String, LedgerEntry> entries = new HashMap<>();
        if (ids.isEmpty()) {
            return entries;
        }
        for (Document document : ledger(generation).find(in("_id", ids))) {
            LedgerEntry entry = LedgerDocuments.read(document);
            entries.put(entry.id(), entry);
        }
        return entries;
    }

    /** The writers' offsets of the cells, by cell; absent cells are left out. */
    private Map<CellRef, Map<String, Long>> readWriters(int generation, Set<CellRef> cells) {
        Map<String, List<String>> keysByCollection = new TreeMap<>();
        cells.forEach(cell -> keysByCollection.computeIfAbsent(cell.collection(), c -> new ArrayList<>()).add(cell.key()));
        Map<CellRef, Map<String, Long>> observed = new HashMap<>();
        keysByCollection.forEach((collection, keys) -> {
            for (Document cell : cells(generation, collection).find(in("_id", keys))
                    .projection(Projections.include(Items.WRITERS))) {
                Map<String, Long> offsets = new HashMap<>();
                if (cell.get(Items.WRITERS) instanceof Document stored) {
                    stored.forEach((writerKey, offset) -> offsets.put(Items.unkey(writerKey), ((Number) offset).longValue()));
                }
                observed.put(new CellRef(collection, cell.getString("_id")), offsets);
            }
        });
        return observed;
    }

    /**
     * Writes the entries. A new entry is inserted, so that a second writer creating the same one fails the batch;
     * otherwise the single writer of an aggregate replaces the entry it read.
     */
    public void writeLedger(int generation, List<LedgerWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> models = new ArrayList<>(writes.size());
        for (LedgerWrite write : writes) {
            Document document = LedgerDocuments.write(write.entry());
            models.add(write.replaces()
                    ? new ReplaceOneModel<>(eq("_id", write.entry().id()), document)
                    : new InsertOneModel<>(document));
        }
        BulkWriteResult result;
        try {
            result = ledger(generation).bulkWrite(models, UNORDERED);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw new ProjectionConflictException("A ledger entry was created by another writer: "
                        + e.getWriteErrors().get(0).getMessage());
            }
            throw e;
        }
        int done = result.getInsertedCount() + result.getMatchedCount();
        if (done != writes.size()) {
            throw new ProjectionConflictException((writes.size() - done) + " of " + writes.size()
                    + " ledger entries disappeared while this batch was applied");
        }
    }

    /**
     * Runs the cell writes, one unordered bulk write per collection. A cell not known to exist is created by
     * inserting its whole document (see {@link KnownCells}); every other write is an update by {@code _id}. A write
     * that creates a cell can meet a duplicate key when another aggregate created the same cell at the same moment
     * (or the cell existed after all); it had no effect, and runs again as an update of the cell that now exists.
     */
    public void writeCells(int generation, List<CellOp> ops) {
        Map<String, List<CellWrite>> byCollection = new TreeMap<>();
        for (CellOp op : ops) {
            boolean insert = op.creates() && !knownCells.contains(generation, op.cell());
            byCollection.computeIfAbsent(op.cell().collection(), name -> new ArrayList<>()).add(new CellWrite(op, insert));
        }
        for (Map.Entry<String, List<CellWrite>> entry : byCollection.entrySet()) {
            MongoCollection<Document> cells = cells(generation, entry.getKey());
            List<CellWrite> pending = entry.getValue();
            for (int round = 1; !pending.isEmpty(); round++) {
                if (round > MAX_ROUNDS) {
                    throw new IllegalStateException("Could not write " + pending.size() + " cells of "
                            + entry.getKey() + " in " + MAX_ROUNDS + " rounds");
                }
                pending = runOnce(cells, pending);
            }
            for (CellWrite write : entry.getValue()) {
                if (write.op().creates()) {
                    knownCells.add(generation, write.op().cell());
                }
            }
        }
    }

    /** A cell write, and whether it creates the cell by an insert. */
    private record CellWrite(CellOp op, boolean insert) {

        WriteModel<Document> model() {
            return insert ? new InsertOneModel<>(toDocument(op)) : toModel(op);
        }
    }

    /** One bulk write; returns the writes that met a duplicate key, to run again as updates. */
    private static List<CellWrite> runOnce(MongoCollection<Document> cells, List<CellWrite> writes) {
        try {
            cells.bulkWrite(writes.stream().map(CellWrite::model).toList(), UNORDERED);
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<CellWrite> again = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                again.add(new CellWrite(writes.get(error.getIndex()).op(), false));
            }
            return again;
        }
    }

    /** The whole new cell: what {@link #toModel}'s upsert would create, as one document. */
    static Document toDocument(CellOp op) {
        Document cell = new Document("_id", op.cell().key());
        cell.putAll(op.dimensions());
        if (!op.state().isEmpty()) {
            cell.append(Items.STATE, new Document(op.state()));
        }
        if (!op.increments().isEmpty()) {
            cell.append(Items.TOTALS, new Document(op.increments()));
        }
        if (counted(op)) {
            cell.append(RollupWriter.WRITES, 1L);
        }
        if (!op.items().isEmpty()) {
            Document items = new Document();
            op.items().forEach((key, item) -> items.append(key, new Document(item)));
            cell.append(Items.ITEMS, items);
        }
        Document writers = new Document();
        op.writers().forEach((writer, offset) -> writers.append(Items.key(writer), offset));
        return cell.append(Items.WRITERS, writers);
    }

    static WriteModel<Document> toModel(CellOp op) {
        Document update = new Document();
        Document set = new Document();
        op.items().forEach((key, item) -> set.append(Items.itemPath(key), new Document(item)));
        if (!op.state().isEmpty()) {
            set.append(Items.STATE, new Document(op.state()));
        }
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        if (!op.removed().isEmpty()) {
            Document unset = new Document();
            op.removed().forEach(key -> unset.append(Items.itemPath(key), ""));
            update.append("$unset", unset);
        }
        Document increments = new Document();
        op.increments().forEach((name, value) -> increments.append(Items.totalPath(name), value));
        if (counted(op)) {
            increments.append(RollupWriter.WRITES, 1L);
        }
        if (!increments.isEmpty()) {
            update.append("$inc", increments);
        }
        Document writers = new Document();
        op.writers().forEach((writer, offset) -> writers.append(Items.writerPath(Items.key(writer)), offset));
        update.append("$max", writers);
        if (op.creates() && !op.dimensions().isEmpty()) {
            update.append("$setOnInsert", new Document(op.dimensions()));
        }
        return new UpdateOneModel<>(eq("_id", op.cell().key()), update, new UpdateOptions().upsert(op.creates()));
    }

    /** Whether the cell counts its writes: those of projections with rollups (see {@link RollupWriter}). */
    private static boolean counted(CellOp op) {
        return !Rollup.of(op.cell().collection()).isEmpty();
    }

    /** Records that each writer has applied everything up to its offset; never moves an offset back. */
    public void recordProgress(Collection<WriterProgress> progress) {
        if (progress.isEmpty()) {
            return;
        }
        Date now = Date.from(clock.instant());
        List<WriteModel<Document>> models = new ArrayList<>();
        for (WriterProgress writer : progress) {
            Document max = new Document("offset", writer.offset());
            if (writer.lastEventTime() != null) {
                max.append("lastEventTime", Date.from(writer.lastEventTime()));
            }
            models.add(new UpdateOneModel<>(eq("_id", writer.writer()), new Document("$max", max)
                    .append("$set", new Document("kind", writer.kind()).append("topic", writer.topic())
                            .append("partition", writer.partition()).append("appliedAt", now)),
                    new UpdateOptions().upsert(true)));
        }
        database.getCollection(PROGRESS).bulkWrite(models, UNORDERED);
    }

    public Map<String, Long> progressOffsets(Collection<String> writers) {
        Map<String, Long> offsets = new HashMap<>();
        if (writers.isEmpty()) {
            return offsets;
        }
        for (Document document : database.getCollection(PROGRESS).find(in("_id", writers))) {
            offsets.put(document.getString("_id"), ((Number) document.get("offset")).longValue());
        }
        return offsets;
    }

    /** The live consumer's progress, one document per topic partition. */
    public List<Document> liveProgress() {
        return database.getCollection(PROGRESS).find(eq("kind", WriterProgress.LIVE)).into(new ArrayList<>());
    }

    private MongoCollection<Document> cells(int generation, String collection) {
        return database.getCollection(Generations.collection(generation, collection));
    }

    private MongoCollection<Document> ledger(int generation) {
        return database.getCollection(Generations.collection(generation, ProjectionCollections.LEDGER));
    }

    /** How a batch went: aggregates applied, changes skipped as already passed, cell writes. */
    public record ApplyResult(int applied, int skipped, int cellWrites) {
    }

    /**
     * The ledger entry as a document: {@code {_id, version, writer, offset, cells: [{c, k, t}], prior: [{c, k, t}]}},
     * {@code prior} left out when it holds nothing.
     */
    static final class LedgerDocuments {

        private LedgerDocuments() {
        }

        /** An entry without prior shares (one settled, or the aggregate's first) does not write the field. */
        static Document write(LedgerEntry entry) {
            Document document = new Document("_id", entry.id())
                    .append("version", entry.version())
                    .append("writer", entry.writer())
                    .append("offset", entry.offset())
                    .append("cells", shares(entry.cells()));
            return entry.prior().isEmpty() ? document : document.append("prior", shares(entry.prior()));
        }

        static LedgerEntry read(Document document) {
            return new LedgerEntry(document.getString("_id"), number(document.get("version")),
                    shares(document, "cells"), shares(document, "prior"), document.getString("writer"),
                    number(document.get("offset")));
        }

        private static List<Document> shares(Map<CellRef, Map<String, Long>> shares) {
            List<Document> documents = new ArrayList<>(shares.size());
            shares.forEach((cell, totals) -> documents.add(reference(cell)
                    .append("t", new Document(new LinkedHashMap<>(totals)))));
            return documents;
        }

        private static Map<CellRef, Map<String, Long>> shares(Document document, String field) {
            Map<CellRef, Map<String, Long>> shares = new TreeMap<>();
            for (Document share : document.getList(field, Document.class, List.of())) {
                Map<String, Long> totals = new TreeMap<>();
                share.get("t", Document.class).forEach((name, value) -> totals.put(name, number(value)));
                shares.put(cell(share), totals);
            }
            return shares;
        }

        private static Document reference(CellRef cell) {
            return new Document("c", cell.collection()).append("k", cell.key());
        }

        private static CellRef cell(Document reference) {
            return new CellRef(reference.getString("c"), reference.getString("k"));
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }

    /** For tests and tools: the ledger entry of an aggregate, if any. */
    public LedgerEntry ledgerEntry(int generation, String ledgerId) {
        return readLedger(generation, List.of(ledgerId)).get(ledgerId);
    }
}
