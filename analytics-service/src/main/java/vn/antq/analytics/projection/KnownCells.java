package vn.antq.analytics.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cells this service has seen existing, per generation, so that a write to a cell it has not seen yet creates it
 * with one insert of the whole document. An upsert is the same single-document write, but the in-process
 * MongoDB-wire server parses every field path of every update (about ten times the cost of an insert: it was the
 * first bottleneck of the projection benchmark), and most cells are written once before they are written often.
 * <p>
 * Only a hint: a cell wrongly thought absent fails its insert with a duplicate key, which changed nothing, and is
 * written again as an upsert; a cell wrongly thought present is upserted, as before. Bounded: the oldest entries go
 * first, and a forgotten cell only costs that one failed insert.
 */
final class KnownCells {

    private final Map<String, Boolean> known;

    KnownCells(int capacity) {
        this.known = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(int generation, CellRef cell) {
        return known.containsKey(key(generation, cell));
    }

    synchronized void add(int generation, CellRef cell) {
        known.put(key(generation, cell), Boolean.TRUE);
    }

    private static String key(int generation, CellRef cell) {
        return generation + "|" + cell.collection() + "|" + cell.key();
    }
}
