package vn.antq.testsupport;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoAggregationIT {

    @Test
    void matchAndGroupAggregateThroughTheOfficialDriver() {
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoConnectionString())) {
            MongoCollection<Document> cube = client.getDatabase("aggregation_it").getCollection("cube");
            cube.drop();
            cube.insertMany(List.of(
                    new Document("agency", "WOMEN_UNION").append("year", 2019).append("participants", 120),
                    new Document("agency", "WOMEN_UNION").append("year", 2020).append("participants", 80),
                    new Document("agency", "POLICE").append("year", 2019).append("participants", 40),
                    new Document("agency", "WOMEN_UNION").append("year", 2019).append("participants", 30)));

            List<Document> rows = cube.aggregate(List.of(
                    match(eq("agency", "WOMEN_UNION")),
                    group("$year", sum("participants", "$participants"), sum("activities", 1)),
                    sort(ascending("_id")))).into(new ArrayList<>());

            assertThat(rows).extracting(row -> row.get("_id"), row -> row.get("participants"), row -> row.get("activities"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2019, 150, 1 + 1),
                            org.assertj.core.groups.Tuple.tuple(2020, 80, 1));
        }
    }
}
