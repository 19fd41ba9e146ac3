package vn.antq.analytics.population;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import vn.antq.contracts.material.MaterialLanguage;

/**
 * The population table in MongoDB: one document holding every entry, so that a load replaces the whole table in one
 * single-document write (all or nothing, without transactions). Reference data, not a projection: it lives outside
 * the generations, and a rebuild leaves it as it is. A country's ~11,000 units take well under a megabyte.
 */
@Component
public class PopulationStore {

    static final String COLLECTION = "reference_population";
    private static final String ID = "population";

    private final MongoDatabase database;

    PopulationStore(MongoDatabase analyticsDatabase) {
        this.database = analyticsDatabase;
    }

    public PopulationTable load() {
        Document table = collection().find(eq("_id", ID)).first();
        if (table == null) {
            return PopulationTable.EMPTY;
        }
        List<PopulationEntry> entries = table.getList("entries", Document.class).stream()
                .map(entry -> new PopulationEntry(entry.getString("code"), entry.get("population", Number.class).longValue(),
                        entry.getInteger("year"), entry.getList("languages", String.class, List.of()).stream()
                        .map(MaterialLanguage::valueOf).toList()))
                .toList();
        Date updatedAt = table.getDate("updatedAt");
        return new PopulationTable(entries, updatedAt == null ? null : updatedAt.toInstant(), table.getString("updatedBy"));
    }

    void replace(List<PopulationEntry> entries, String updatedBy, Instant updatedAt) {
        List<Document> documents = entries.stream()
                .map(entry -> new Document("code", entry.code()).append("population", entry.population())
                        .append("year", entry.year())
                        .append("languages", entry.languages().stream().map(Enum::name).toList()))
                .toList();
        collection().replaceOne(eq("_id", ID), new Document("_id", ID).append("entries", documents)
                .append("count", documents.size()).append("updatedAt", Date.from(updatedAt)).append("updatedBy", updatedBy),
                new ReplaceOptions().upsert(true));
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(COLLECTION);
    }
}
