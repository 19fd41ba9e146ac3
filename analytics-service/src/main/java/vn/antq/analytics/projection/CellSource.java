package vn.antq.analytics.projection;

import java.util.Set;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * A projection's cells in one generation, and whether that generation's rollups ({@link Rollup}) are complete, so
 * that an answer can read the smallest collection that holds what it needs.
 */
public record CellSource(MongoDatabase database, int generation, String name, boolean rolledUp) {

    /** The detailed cells. */
    public MongoCollection<Document> cells() {
        return database.getCollection(Generations.collection(generation, name));
    }

    /** The smallest collection whose documents keep every field in {@code needed}: a rollup, or the cells. */
    public MongoCollection<Document> narrowest(Set<String> needed) {
        if (rolledUp) {
            for (Rollup rollup : Rollup.allOf(name)) {
                if (rollup.keeps(needed)) {
                    return database.getCollection(Generations.collection(generation, rollup.name()));
                }
            }
        }
        return cells();
    }
}
