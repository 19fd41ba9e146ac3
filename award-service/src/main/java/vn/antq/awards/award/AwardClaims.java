package vn.antq.awards.award;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.antq.kit.store.StoreDocuments;

/**
 * Things only one award may hold: a decision number of an issuer, and a recipient's place for a form at a
 * review. Each is a document whose {@code _id} is the thing itself, so MongoDB's unique {@code _id} decides
 * atomically who gets it, also between replicas: {@code {_id: key, awardId, claimedAt, ...what it is}}.
 * <p>
 * A claim is written BEFORE the award that relies on it. If the process dies in between, the claim names an
 * award that does not hold it: the same award retrying gets it again (its id is the same), and once the
 * lease ({@code antq.awards.reservation-lease}) has passed any other award may take it over. A claim whose
 * award can never hold it again (rejected, revoked, decided under another number) is taken over at once.
 */
@Component
public class AwardClaims {

    /** The kinds of claim, each in its own collection. */
    public enum Kind {
        DECISION_NUMBER("decision_numbers"),
        RECIPIENT("award_recipients");

        private final String collection;

        Kind(String collection) {
            this.collection = collection;
        }

        public String collection() {
            return collection;
        }
    }

    /** What the award named by a claim makes of it. */
    public enum Holding {
        /** It holds the thing: nobody else may have it. */
        HOLDS,
        /** It does not hold it yet, but may be in the middle of the write that will: respect the lease. */
        MAY_YET_HOLD,
        /** It never will: the claim is left over and free to take. */
        RELEASED
    }

    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    public AwardClaims(MongoTemplate mongo, Clock clock,
                       @Value("${antq.awards.reservation-lease:PT1M}") Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Claims {@code key} for {@code awardId}.
     *
     * @param about     what the key stands for, kept in the claim for people reading the database
     * @param holdingOf what the award currently named by the claim makes of it
     * @return empty when {@code awardId} holds the claim now, else the id of the award that does
     */
    public Optional<String> claim(Kind kind, String key, String awardId, Document about,
                                  Function<String, Holding> holdingOf) {
        MongoCollection<Document> claims = mongo.getCollection(kind.collection());
        String holder = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Document claim = new Document(about).append("_id", key).append("awardId", awardId)
                    .append("claimedAt", Date.from(now));
            if (StoreDocuments.insertNew(claims, claim)) {
                return Optional.empty();
            }
            Document existing = claims.find(eq("_id", key)).first();
            if (existing == null) {
                continue;
            }
            holder = existing.getString("awardId");
            if (awardId.equals(holder)) {
                return Optional.empty();
            }
            Date claimedAt = existing.getDate("claimedAt");
            Holding holding = holdingOf.apply(holder);
            boolean leftOver = holding == Holding.RELEASED
                    || holding == Holding.MAY_YET_HOLD && claimedAt.toInstant().plus(lease).isBefore(now);
            if (!leftOver) {
                return Optional.of(holder);
            }
            // Compare-and-set on the claim as read: if anyone moved it meanwhile, look again.
            long taken = claims.updateOne(
                    and(eq("_id", key), eq("awardId", holder), eq("claimedAt", claimedAt)),
                    Updates.combine(Updates.set("awardId", awardId), Updates.set("claimedAt", Date.from(now))))
                    .getMatchedCount();
            if (taken == 1) {
                return Optional.empty();
            }
        }
        if (holder == null) {
            throw new IllegalStateException("The claim on " + key + " kept disappearing while being read");
        }
        return Optional.of(holder);
    }

    /** Gives the claim up if {@code awardId} has it, e.g. after the award's own write failed. */
    public void release(Kind kind, String key, String awardId) {
        mongo.getCollection(kind.collection()).deleteOne(and(eq("_id", key), eq("awardId", awardId)));
    }
}
