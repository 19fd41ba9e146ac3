package vn.antq.bench.queries;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

import vn.antq.bench.support.Activities.Activity;

/**
 * The alternative to projections: every activity as one document in a raw collection, and each answer computed
 * from all of them on demand with an aggregation pipeline, on the same MongoDB-wire server.
 */
final class RawActivities {

    static final List<String> TOTALS = List.of("activities", "participants", "women", "ethnicMinority", "reach", "copies");
    private static final int BATCH = 5_000;

    private final MongoCollection<Document> activities;
    private final List<Document> pending = new ArrayList<>();

    RawActivities(MongoCollection<Document> activities) {
        this.activities = activities;
    }

    void add(String id, Activity activity) {
        pending.add(new Document("_id", id).append("agency", activity.agency())
                .append("partnerAgencies", activity.partnerAgencies()).append("province", activity.province())
                .append("district", activity.district()).append("commune", activity.commune())
                .append("kind", activity.kind().name()).append("channel", activity.channel().name())
                .append("startDate", Date.from(activity.startDate().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .append("participants", activity.participants()).append("women", activity.women())
                .append("ethnicMinority", activity.ethnicMinority()).append("reach", activity.reach())
                .append("copies", activity.copies()).append("status", "RECORDED"));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            activities.insertMany(pending, new InsertManyOptions().ordered(false));
            pending.clear();
        }
    }

    /** Participation by agency x district x year: activities and the people they reached, keyed "agency|district|year". */
    Map<String, List<Long>> participation() {
        Document totals = new Document("_id", new Document("agency", "$agency").append("district", "$district")
                .append("year", new Document("$year", "$startDate")))
                .append("activities", new Document("$sum", 1));
        TOTALS.subList(1, TOTALS.size()).forEach(total -> totals.append(total, new Document("$sum", "$" + total)));
        Map<String, List<Long>> rows = new TreeMap<>();
        for (Document row : activities.aggregate(List.of(
                new Document("$match", new Document("status", "RECORDED")),
                new Document("$group", totals),
                new Document("$sort", new Document("_id", 1))))) {
            Document key = row.get("_id", Document.class);
            rows.put(key.getString("agency") + "|" + key.getString("district") + "|" + number(key.get("year")),
                    TOTALS.stream().map(total -> number(row.get(total))).toList());
        }
        return rows;
    }

    /**
     * The coordination matrix: per unordered pair of agencies among an activity's agency and partners, joint
     * activities and participants, keyed "A|B" (sorted). Two aggregations, summed: the agency with each partner,
     * and the partners with each other.
     */
    Map<String, List<Long>> coordination() {
        Map<String, List<Long>> rows = new TreeMap<>();
        Document withPartner = new Document("$cond", List.of(new Document("$lt", List.of("$agency", "$partnerAgencies")),
                new Document("$concat", List.of("$agency", "|", "$partnerAgencies")),
                new Document("$concat", List.of("$partnerAgencies", "|", "$agency"))));
        addPairs(rows, List.of(
                new Document("$match", new Document("status", "RECORDED").append("partnerAgencies.0",
                        new Document("$exists", true))),
                new Document("$unwind", "$partnerAgencies"),
                new Document("$group", new Document("_id", withPartner)
                        .append("jointActivities", new Document("$sum", 1))
                        .append("participants", new Document("$sum", "$participants")))));
        addPairs(rows, List.of(
                new Document("$match", new Document("status", "RECORDED").append("partnerAgencies.1",
                        new Document("$exists", true))),
                new Document("$project", new Document("participants", 1).append("p", "$partnerAgencies")
                        .append("q", "$partnerAgencies")),
                new Document("$unwind", "$p"),
                new Document("$unwind", "$q"),
                new Document("$match", new Document("$expr", new Document("$lt", List.of("$p", "$q")))),
                new Document("$group", new Document("_id", new Document("$concat", List.of("$p", "|", "$q")))
                        .append("jointActivities", new Document("$sum", 1))
                        .append("participants", new Document("$sum", "$participants")))));
        return rows;
    }

    private void addPairs(Map<String, List<Long>> rows, List<Document> pipeline) {
        for (Document row : activities.aggregate(pipeline)) {
            List<Long> totals = List.of(number(row.get("jointActivities")), number(row.get("participants")));
            rows.merge(row.getString("_id"), totals, (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
