package vn.antq.resilience.check;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * analytics-service's ledger, read straight from its database: per aggregate, the version it has applied. An
 * aggregate counts as applied when the ledger holds the version of its last accepted write.
 */
public final class Ledger {

    private final MongoDatabase analytics;

    public Ledger(MongoDatabase analytics) {
        this.analytics = analytics;
    }

    /** The versions applied of {@code kind:id} entries, for the ids asked. */
    public Map<String, Long> versions(String kind, List<String> ids) {
        Document meta = analytics.getCollection("projection_meta").find(eq("_id", "generations")).first();
        int generation = meta == null ? 1 : meta.getInteger("active");
        Map<String, Long> versions = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String id : ids) {
            keys.add(kind + ":" + id);
            if (keys.size() == 1000) {
                read(generation, keys, kind, versions);
                keys.clear();
            }
        }
        read(generation, keys, kind, versions);
        return versions;
    }

    /** How many of {@code expected} (id to version) the ledger holds at exactly that version. */
    public long atVersion(String kind, Map<String, Long> expected) {
        Map<String, Long> applied = versions(kind, List.copyOf(expected.keySet()));
        return expected.entrySet().stream().filter(e -> e.getValue().equals(applied.get(e.getKey()))).count();
    }

    private void read(int generation, List<String> keys, String kind, Map<String, Long> into) {
        if (keys.isEmpty()) {
            return;
        }
        for (Document entry : analytics.getCollection("g" + generation + "_ledger").find(in("_id", keys))) {
            into.put(entry.getString("_id").substring(kind.length() + 1), ((Number) entry.get("version")).longValue());
        }
    }
}
