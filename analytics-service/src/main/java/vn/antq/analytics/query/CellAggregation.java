package vn.antq.analytics.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.CellSource;
import vn.antq.analytics.projection.Items;

/**
 * A group-by answer from cells in one aggregation: {@code $match} the cells, {@code $group} them by the keys
 * summing their totals, {@code $sort} by the keys. A locality key is grouped together with its name, so that a
 * code the 2025 reform reused for another unit stays apart. Rows whose totals are all zero (cells emptied by
 * cancellations) are left out.
 */
public final class CellAggregation {

    private static final Set<String> LOCALITY_KEYS = Set.of(Place.PROVINCE, Place.DISTRICT, Place.COMMUNE);

    private CellAggregation() {
    }

    /**
     * The rows from the smallest collection of the projection that keeps every field the question reads: a rollup
     * (whose documents are already summed over the dimensions it does not ask about) or the detailed cells.
     */
    public static List<Map<String, Object>> rows(CellSource source, Document match, List<String> keys, List<String> totals) {
        return rows(source.narrowest(fieldsRead(match, keys)), match, keys, totals);
    }

    /** The fields a {@code $match} and group keys read; a top-level operator reads what no rollup promises. */
    public static Set<String> fieldsRead(Document match, List<String> keys) {
        Set<String> fields = new HashSet<>(match.keySet());
        for (String key : keys) {
            fields.add(key);
            if (LOCALITY_KEYS.contains(key)) {
                fields.add(Place.nameOf(key));
            }
        }
        if (fields.stream().anyMatch(field -> field.startsWith("$") || field.contains("."))) {
            fields.add("$");
        }
        return fields;
    }

    public static List<Map<String, Object>> rows(MongoCollection<Document> cells, Document match, List<String> keys,
            List<String> totals) {
        Document id = new Document();
        Document sort = new Document();
        for (String key : keys) {
            id.append(key, "$" + key);
            sort.append("_id." + key, 1);
            if (LOCALITY_KEYS.contains(key)) {
                id.append(Place.nameOf(key), "$" + Place.nameOf(key));
                sort.append("_id." + Place.nameOf(key), 1);
            }
        }
        Document group = new Document("_id", id.isEmpty() ? null : id);
        for (String total : totals) {
            group.append(total, new Document("$sum", "$" + Items.totalPath(total)));
        }
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", match));
        pipeline.add(new Document("$group", group));
        if (!sort.isEmpty()) {
            pipeline.add(new Document("$sort", sort));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Document result : cells.aggregate(pipeline)) {
            Document groupId = result.get("_id") instanceof Document document ? document : new Document();
            Map<String, Object> row = new LinkedHashMap<>();
            for (String key : keys) {
                row.put(key, groupId.get(key));
                if (LOCALITY_KEYS.contains(key)) {
                    row.put(Place.nameOf(key), groupId.get(Place.nameOf(key)));
                }
            }
            boolean any = false;
            for (String total : totals) {
                long value = result.get(total) instanceof Number number ? number.longValue() : 0;
                row.put(total, value);
                any |= value != 0;
            }
            if (any) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The sums of the rows' totals. */
    public static Map<String, Object> totals(List<Map<String, Object>> rows, List<String> totals) {
        Map<String, Object> sums = new LinkedHashMap<>();
        for (String total : totals) {
            sums.put(total, rows.stream().mapToLong(row -> (Long) row.get(total)).sum());
        }
        return sums;
    }
}
