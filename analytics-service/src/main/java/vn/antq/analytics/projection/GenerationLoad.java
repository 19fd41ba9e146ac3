package vn.antq.analytics.projection;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;

/**
 * Writes the final state of aggregates that the generation holds nothing of yet, as a rebuild's replay has folded
 * them, with large unordered inserts instead of the per-batch protocol: the ledger entries (write-ahead, as always),
 * then every cell whole, then the rollups' documents with their parts, each level from the one below as kept in memory.
 * <p>
 * The result is what {@link ProjectionStore#apply} of the same changes would leave, as long as nothing else writes
 * these aggregates meanwhile (the caller holds their locks). Other aggregates may already be in the generation (the
 * live consumer writes it during a rebuild), so a cell or a rollup document may exist already:
 * <ul>
 * <li>a cell that exists gets the items added ({@code $set}), their totals and one write added ({@code $inc}) and
 *     the writers' offsets raised ({@code $max}), in one update: only this writer writes these aggregates, and
 *     additions to the totals commute;</li>
 * <li>a rollup document one of whose cells was so merged, or that exists already, is brought up to its sources by
 *     {@link RollupWriter}'s protocol after every insert, as a batch of the live path would.</li>
 * </ul>
 * The entries' writer settles them once its progress is recorded, after all of this.
 */
final class GenerationLoad {

    private static final int DUPLICATE_KEY = 11000;
    private static final int LEDGER_CHUNK = 50_000;
    private static final InsertManyOptions UNORDERED_INSERTS = new InsertManyOptions().ordered(false);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoDatabase database;
    private final RollupWriter rollups;
    private final int generation;
    /** Rollup work left to the exact protocol: a source collection and the documents of it to propagate. */
    private final List<Map.Entry<String, Set<String>>> propagations = new ArrayList<>();

    GenerationLoad(MongoDatabase database, RollupWriter rollups, int generation) {
        this.database = database;
        this.rollups = rollups;
        this.generation = generation;
    }

    /**
     * @param changes  one per aggregate, none of them in the generation's ledger
     * @param position where each was read, recorded in its entry
     * @param rolledUp whether the generation keeps rollups
     */
    void load(List<Change> changes, Function<Change, Position> position, boolean rolledUp) {
        writeLedger(changes, position);
        Map<String, Map<String, Document>> cellsByCollection = cells(changes, position);
        Map<String, Set<String>> merged = new TreeMap<>();
        cellsByCollection.forEach((collection, cells) -> merged.put(collection, insertCells(collection, cells)));
        if (!rolledUp) {
            return;
        }
        cellsByCollection.forEach((collection, cells) -> {
            if (!Rollup.of(collection).isEmpty()) {
                loadRollups(collection, RollupWriter.WRITES, cells.values(), merged.get(collection));
            }
        });
        for (Map.Entry<String, Set<String>> propagation : propagations) {
            rollups.propagateFrom(generation, propagation.getKey(), propagation.getValue());
        }
    }

    /** In chunks, so that not every entry's document is held at once. */
    private void writeLedger(List<Change> changes, Function<Change, Position> position) {
        for (int from = 0; from < changes.size(); from += LEDGER_CHUNK) {
            writeLedgerChunk(changes.subList(from, Math.min(changes.size(), from + LEDGER_CHUNK)), position);
        }
    }

    private void writeLedgerChunk(List<Change> changes, Function<Change, Position> position) {
        List<Document> entries = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Map<CellRef, Map<String, Long>> cells = new TreeMap<>();
            change.contributions().forEach(contribution -> cells.put(contribution.cell(), contribution.totals()));
            Position at = position.apply(change);
            entries.add(ProjectionStore.LedgerDocuments.write(new LedgerEntry(change.ledgerId(), change.version(), cells,
                    Map.of(), at.writer(), at.offset())));
        }
        if (!entries.isEmpty()) {
            // A duplicate here means another writer has the aggregate: the caller's locks are not held, fail.
            ledger().insertMany(entries, UNORDERED_INSERTS);
        }
    }

    /**
     * Every cell the changes contribute to, whole, by collection and key: the document a sequence of
     * {@link ProjectionStore#writeCells} would leave (dimensions of the first contribution, the owner's state, the
     * non-zero totals, one write counted, the items of contributions with attributes, each writer's highest offset).
     */
    private static Map<String, Map<String, Document>> cells(List<Change> changes, Function<Change, Position> position) {
        Map<CellRef, List<Map.Entry<Change, Contribution>>> byCell = new LinkedHashMap<>();
        for (Change change : changes) {
            for (Contribution contribution : change.contributions()) {
                byCell.computeIfAbsent(contribution.cell(), cell -> new ArrayList<>()).add(Map.entry(change, contribution));
            }
        }
        Map<String, Map<String, Document>> cells = new TreeMap<>();
        byCell.forEach((cell, contributions) -> {
            Document document = new Document("_id", cell.key());
            document.putAll(contributions.get(0).getValue().dimensions());
            Map<String, Object> state = null;
            Map<String, Long> totals = new TreeMap<>();
            Map<String, Document> items = new TreeMap<>();
            Map<String, Long> writers = new TreeMap<>();
            for (Map.Entry<Change, Contribution> entry : contributions) {
                Contribution contribution = entry.getValue();
                if (!contribution.state().isEmpty()) {
                    state = contribution.state();
                }
                contribution.totals().forEach((name, value) -> totals.merge(name, value, Long::sum));
                if (!contribution.attributes().isEmpty()) {
                    items.put(entry.getKey().itemKey(), new Document(ApplyPlanner.item(entry.getKey().version(), contribution)));
                }
                Position at = position.apply(entry.getKey());
                writers.merge(Items.key(at.writer()), at.offset(), Math::max);
            }
            totals.values().removeIf(value -> value == 0);
            if (state != null) {
                document.append(Items.STATE, new Document(state));
            }
            if (!totals.isEmpty()) {
                document.append(Items.TOTALS, new Document(totals));
            }
            if (!Rollup.of(cell.collection()).isEmpty()) {
                document.append(RollupWriter.WRITES, 1L);
            }
            if (!items.isEmpty()) {
                document.append(Items.ITEMS, new Document(items));
            }
            document.append(Items.WRITERS, new Document(writers));
            cells.computeIfAbsent(cell.collection(), collection -> new LinkedHashMap<>()).put(cell.key(), document);
        });
        return cells;
    }

    /** Inserts the cells; those that exist get the items added instead. Returns the keys of those merged. */
    private Set<String> insertCells(String collection, Map<String, Document> cells) {
        MongoCollection<Document> documents = collection(collection);
        List<Document> all = List.copyOf(cells.values());
        Set<String> merged = new LinkedHashSet<>();
        for (int index : duplicates(documents, all)) {
            merged.add(all.get(index).getString("_id"));
        }
        if (merged.isEmpty()) {
            return merged;
        }
        List<WriteModel<Document>> updates = new ArrayList<>(merged.size());
        for (String key : merged) {
            updates.add(mergeInto(cells.get(key)));
        }
        BulkWriteResult result = documents.bulkWrite(updates, UNORDERED);
        if (result.getMatchedCount() != updates.size()) {
            throw new ProjectionConflictException((updates.size() - result.getMatchedCount()) + " of " + updates.size()
                    + " cells of " + collection + " disappeared while they were loaded");
        }
        return merged;
    }

    /** The update that adds a loaded cell's items, state, totals, writers' offsets and one write to the cell that exists. */
    private static WriteModel<Document> mergeInto(Document cell) {
        Document set = new Document();
        Document items = cell.get(Items.ITEMS, Document.class);
        if (items != null) {
            items.forEach((itemKey, item) -> set.append(Items.itemPath(itemKey), item));
        }
        if (cell.get(Items.STATE) != null) {
            set.append(Items.STATE, cell.get(Items.STATE));
        }
        Document increments = new Document();
        Document totals = cell.get(Items.TOTALS, Document.class);
        if (totals != null) {
            totals.forEach((name, value) -> increments.append(Items.totalPath(name), value));
        }
        if (cell.get(RollupWriter.WRITES) != null) {
            increments.append(RollupWriter.WRITES, 1L);
        }
        Document writers = new Document();
        cell.get(Items.WRITERS, Document.class)
                .forEach((writerKey, offset) -> writers.append(Items.writerPath(writerKey), offset));
        Document update = new Document("$max", writers);
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        if (!increments.isEmpty()) {
            update.append("$inc", increments);
        }
        return new UpdateOneModel<>(eq("_id", cell.getString("_id")), update);
    }

    /**
     * The rollups of {@code source} from its documents as loaded: each rollup document none of whose sources was
     * merged is inserted with its parts and sums, at version 1; the others, and those that exist already, are left to
     * the exact protocol once everything is inserted. Then the next level, from the documents inserted.
     *
     * @param count  the field that counts a source document's writes
     * @param merged the source documents whose stored state is not the one loaded
     */
    private void loadRollups(String source, String count, Collection<Document> documents, Set<String> merged) {
        for (Rollup rollup : Rollup.of(source)) {
            Map<String, List<Document>> byKey = new LinkedHashMap<>();
            documents.forEach(document -> byKey.computeIfAbsent(rollup.keyOf(document), key -> new ArrayList<>()).add(document));
            Set<String> exact = new LinkedHashSet<>();
            List<Document> rolledUp = new ArrayList<>();
            byKey.forEach((key, sources) -> {
                if (sources.stream().anyMatch(document -> merged.contains(document.getString("_id")))) {
                    exact.add(key);
                    return;
                }
                Map<String, Document> held = new TreeMap<>();
                Map<String, Long> total = new TreeMap<>();
                for (Document document : sources) {
                    Document totals = document.get(Items.TOTALS, Document.class);
                    totals = totals == null ? new Document() : totals;
                    held.put(Items.key(document.getString("_id")), new Document(RollupWriter.WRITES,
                            ((Number) document.get(count)).longValue()).append(Items.TOTALS, totals));
                    totals.forEach((name, value) -> total.merge(name, ((Number) value).longValue(), Long::sum));
                }
                Document sum = new Document("_id", key).append(RollupWriter.VERSION, 1L);
                sum.putAll(rollup.dimensionsOf(sources.get(0)));
                sum.append(Items.TOTALS, new Document(total));
                rolledUp.add(sum.append(RollupWriter.PARTS, new Document(held)));
            });
            Set<Integer> existing = new HashSet<>(duplicates(collection(rollup.name()), rolledUp));
            List<Document> inserted = new ArrayList<>();
            for (int i = 0; i < rolledUp.size(); i++) {
                if (existing.contains(i)) {
                    exact.add(rolledUp.get(i).getString("_id"));
                } else {
                    inserted.add(rolledUp.get(i));
                }
            }
            if (!exact.isEmpty()) {
                Set<String> sourcesOfExact = new LinkedHashSet<>();
                exact.forEach(key -> byKey.get(key).forEach(document -> sourcesOfExact.add(document.getString("_id"))));
                propagations.add(Map.entry(source, sourcesOfExact));
            }
            if (!Rollup.of(rollup.name()).isEmpty()) {
                loadRollups(rollup.name(), RollupWriter.VERSION, inserted, Set.of());
            }
        }
    }

    /** Inserts the documents, unordered; returns the indexes of those that met a duplicate key. */
    private static List<Integer> duplicates(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            collection.insertMany(documents, UNORDERED_INSERTS);
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<Integer> duplicates = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
            return duplicates;
        }
    }

    private MongoCollection<Document> ledger() {
        return collection(ProjectionCollections.LEDGER);
    }

    private MongoCollection<Document> collection(String name) {
        return database.getCollection(Generations.collection(generation, name));
    }
}
