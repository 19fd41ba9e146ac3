package vn.antq.analytics.reviewreport.delivery;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

/**
 * The deliveries in MongoDB ({@code report_deliveries}). A delivery's {@code _id} is its natural key
 * ({@link #key}: address, unit, cadence, period), so planning it is an insert that fails on a duplicate: the same report
 * is planned at most once per address and period, whichever instance or subscription plans it. Every change of state
 * is one conditional single-document write (no transaction): only the instance whose claim matched sends.
 */
@Component
public class Deliveries {

    static final String COLLECTION = "report_deliveries";
    private static final int ERROR_MAX = 500;
    /** Due deliveries another instance took first before one claim gives up until the next run. */
    private static final int CLAIM_TRIES = 20;

    private final MongoDatabase database;

    Deliveries(MongoDatabase analyticsDatabase) {
        this.database = analyticsDatabase;
    }

    /** The claim's and the lease check's index (real MongoDB uses it; the in-process server scans). */
    void ensureIndexes() {
        collection().createIndex(Indexes.ascending("state", "dueAt"));
        collection().createIndex(Indexes.ascending("subscriptionId"));
    }

    /** {@code lan@tinh.gov.vn:58:MONTHLY:2026-11}; the address is normalised, and never holds a ':'. */
    static String key(String email, String unit, Cadence cadence, ReportPeriod period) {
        return SubscriptionForm.normalisedEmail(email) + ":" + unit + ":" + cadence.name() + ":" + period.key();
    }

    /**
     * Plans the subscription's report of {@code period}, due now; false when this address already has it (planned,
     * sent or in any other state but CANCELLED, which a remaining subscription takes over).
     */
    boolean plan(Subscription subscription, ReportPeriod period, Instant now) {
        String id = key(subscription.email(), subscription.unit(), subscription.cadence(), period);
        Document delivery = new Document("_id", id).append("email", subscription.email()).append("name", subscription.name())
                .append("unit", subscription.unit()).append("cadence", subscription.cadence().name())
                .append("period", period.key()).append("from", period.from().toString()).append("to", period.to().toString())
                .append("language", subscription.language()).append("format", subscription.format())
                .append("subscriptionId", subscription.id()).append("state", DeliveryState.PLANNED.name())
                .append("attempts", 0).append("dueAt", Date.from(now)).append("plannedAt", Date.from(now));
        try {
            collection().insertOne(delivery);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return collection().updateOne(and(eq("_id", id), eq("state", DeliveryState.CANCELLED.name())),
                    combine(set("state", DeliveryState.PLANNED.name()), set("subscriptionId", subscription.id()),
                            set("name", subscription.name()), set("language", subscription.language()),
                            set("format", subscription.format()), set("attempts", 0), set("dueAt", Date.from(now))))
                    .getModifiedCount() == 1;
        }
    }

    /**
     * Takes one due delivery (PLANNED, or RETRY whose wait is over) for {@code owner}: SENDING, one more attempt, held
     * until {@code now + lease}. Empty when none is due. The taking is one conditional update (still due?), so two
     * instances never take the same one: the loser looks for another.
     */
    Optional<Document> claim(String owner, Instant now, Duration lease) {
        Bson due = and(in("state", DeliveryState.PLANNED.name(), DeliveryState.RETRY.name()), lte("dueAt", Date.from(now)));
        Bson take = combine(set("state", DeliveryState.SENDING.name()), set("owner", owner),
                set("leaseUntil", Date.from(now.plus(lease))), set("lastAttemptAt", Date.from(now)), inc("attempts", 1));
        for (int tries = 0; tries < CLAIM_TRIES; tries++) {
            Document candidate = collection().find(due).sort(Sorts.ascending("dueAt", "_id")).first();
            if (candidate == null) {
                return Optional.empty();
            }
            Object id = candidate.get("_id");
            if (collection().updateOne(and(eq("_id", id), due), take).getModifiedCount() == 1) {
                return Optional.ofNullable(collection().find(and(eq("_id", id), eq("owner", owner))).first());
            }
        }
        return Optional.empty();
    }

    /** SENT, if {@code owner} still holds it (or held it when its lease ran out: it did leave). */
    boolean sent(String id, String owner, Instant now) {
        return collection().updateOne(and(eq("_id", id), eq("owner", owner),
                        in("state", DeliveryState.SENDING.name(), DeliveryState.UNCERTAIN.name())),
                combine(set("state", DeliveryState.SENT.name()), set("sentAt", Date.from(now)), unset("leaseUntil"),
                        unset("lastError"))).getModifiedCount() == 1;
    }

    /** RETRY at {@code retryAt}, or FAILED when {@code retryAt} is null; only while {@code owner} holds it. */
    boolean failed(String id, String owner, String error, Instant retryAt) {
        String message = error == null ? "?" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        Bson next = retryAt == null ? set("state", DeliveryState.FAILED.name())
                : combine(set("state", DeliveryState.RETRY.name()), set("dueAt", Date.from(retryAt)));
        return collection().updateOne(and(eq("_id", id), eq("owner", owner), eq("state", DeliveryState.SENDING.name())),
                combine(next, set("lastError", message), unset("leaseUntil"))).getModifiedCount() == 1;
    }

    /**
     * SENDING past its lease becomes UNCERTAIN: its sender stopped (or lost MongoDB) between claiming and recording the
     * outcome, so the mail may have left. It is not sent again without a person's {@link #resend}: the other choice
     * could deliver it twice.
     */
    long expireLeases(Instant now) {
        return collection().updateMany(and(eq("state", DeliveryState.SENDING.name()), lt("leaseUntil", Date.from(now))),
                set("state", DeliveryState.UNCERTAIN.name())).getModifiedCount();
    }

    /**
     * A FAILED or UNCERTAIN delivery planned again on a person's request, due at the next run (due since it was first
     * planned), its attempts counted anew; empty when it is in no such state.
     */
    Optional<Document> resend(String id, String by, Instant now) {
        Bson resendable = and(eq("_id", id), in("state", DeliveryState.FAILED.name(), DeliveryState.UNCERTAIN.name()));
        Document current = collection().find(resendable).first();
        if (current == null || collection().updateOne(resendable,
                combine(set("state", DeliveryState.PLANNED.name()), set("dueAt", current.getDate("plannedAt")),
                        set("attempts", 0), set("resentBy", by), set("resentAt", Date.from(now)), unset("owner"),
                        unset("leaseUntil"))).getModifiedCount() == 0) {
            return Optional.empty();
        }
        return find(id);
    }

    /** The subscription's deliveries that have not been tried yet or wait for a retry: CANCELLED. */
    long cancel(String subscriptionId) {
        return collection().updateMany(and(eq("subscriptionId", subscriptionId),
                        in("state", DeliveryState.PLANNED.name(), DeliveryState.RETRY.name())),
                set("state", DeliveryState.CANCELLED.name())).getModifiedCount();
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(collection().find(eq("_id", id)).first());
    }

    /** Deliveries, newest planned first, in one state or all (state null). */
    List<Document> list(DeliveryState state) {
        List<Document> all = new ArrayList<>();
        Bson filter = state == null ? new Document() : eq("state", state.name());
        collection().find(filter).sort(Sorts.descending("plannedAt", "_id")).into(all);
        return all;
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(COLLECTION);
    }
}
