package vn.antq.analytics.reviewreport.delivery;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/** The subscriptions in MongoDB ({@code report_subscriptions}), one document each. */
@Component
public class Subscriptions {

    static final String COLLECTION = "report_subscriptions";

    private final MongoDatabase database;

    Subscriptions(MongoDatabase analyticsDatabase) {
        this.database = analyticsDatabase;
    }

    void add(Subscription subscription) {
        collection().insertOne(subscription.toDocument());
    }

    Optional<Subscription> find(String id) {
        return Optional.ofNullable(collection().find(eq("_id", id)).first()).map(Subscription::of);
    }

    /** Every subscription, oldest first. */
    List<Subscription> all() {
        List<Subscription> all = new ArrayList<>();
        for (Document document : collection().find().sort(Sorts.ascending("createdAt", "_id"))) {
            all.add(Subscription.of(document));
        }
        return all;
    }

    boolean remove(String id) {
        return collection().deleteOne(eq("_id", id)).getDeletedCount() == 1;
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(COLLECTION);
    }
}
