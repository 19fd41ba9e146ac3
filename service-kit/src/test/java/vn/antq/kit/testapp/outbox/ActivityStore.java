package vn.antq.kit.testapp.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;

/**
 * A store as the services write them, following the contract of {@link OutboxDocuments}. It takes
 * the collection and topic from the caller, so that each test has its own and counts exactly.
 */
@Component
public class ActivityStore {

    /** Listed in {@code antq.outbox.collections} by {@link OutboxIntegrationTest}. */
    public static final String ACTIVITIES = "outbox_it_activities";
    public static final String OUTAGE_ACTIVITIES = "outbox_it_outage_activities";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxProperties outbox;

    public ActivityStore(MongoTemplate mongo, OutboxRelay relay, OutboxProperties outbox) {
        this.mongo = mongo;
        this.relay = relay;
        this.outbox = outbox;
    }

    public void record(String collection, String topic, ActivityEvent activity) {
        PendingEvent event = onTopic(PendingEvent.of(EventContract.ACTIVITY_RECORDED, activity, outbox.getSource()), topic);
        mongo.insert(OutboxDocuments.newAggregate(state(activity), event), collection);
        relay.wakeUp(collection, java.util.List.of(activity.id()));
    }

    /** {@link #record} as another replica's service would: this relay is not told. */
    public void recordUntold(String collection, String topic, ActivityEvent activity) {
        PendingEvent event = onTopic(PendingEvent.of(EventContract.ACTIVITY_RECORDED, activity, outbox.getSource()), topic);
        mongo.insert(OutboxDocuments.newAggregate(state(activity), event), collection);
    }

    /** False if the stored version is not {@code activity.version() - 1}: a concurrent change won. */
    public boolean revise(String collection, String topic, ActivityEvent activity) {
        PendingEvent event = onTopic(PendingEvent.of(EventContract.ACTIVITY_REVISED, activity, outbox.getSource()), topic);
        Update update = new Update()
                .set("version", activity.version())
                .set("title", activity.title())
                .set("participants", activity.participants());
        boolean updated = mongo.updateFirst(
                Query.query(where("_id").is(activity.id()).and("version").is(activity.version() - 1)),
                OutboxDocuments.append(update, event), collection).getMatchedCount() == 1;
        relay.wakeUp(collection, java.util.List.of(activity.id()));
        return updated;
    }

    public Document find(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    private static Document state(ActivityEvent activity) {
        return new Document("_id", activity.id())
                .append("version", activity.version())
                .append("agency", activity.agency())
                .append("title", activity.title())
                .append("participants", activity.participants());
    }

    private static PendingEvent onTopic(PendingEvent event, String topic) {
        return new PendingEvent(event.eventId(), event.type(), topic, event.key(), event.subject(), event.source(),
                event.version(), event.actor(), event.occurredAt(), event.payload());
    }
}
